-- Servers cache live sessions for a few seconds (packages/db/src/queries/auth/session-cache.ts)
-- and drop the cache when told that anything a session look-up reads has changed: a session
-- revoked, expired early or past its second factor; an account's role, scope, name, login,
-- password, second factor or disabling; a unit's path or name (the scope shown and gated).
-- Every instance listens on this channel; PostgreSQL delivers at commit and folds repeats of
-- the same payload within a transaction into one.
CREATE FUNCTION notify_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cutover_auth_changed', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_auth_changed AFTER UPDATE ON sessions FOR EACH ROW
  WHEN ((OLD.revoked_at, OLD.expires_at, OLD.second_factor_pending, OLD.user_id)
    IS DISTINCT FROM (NEW.revoked_at, NEW.expires_at, NEW.second_factor_pending, NEW.user_id))
  EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER sessions_auth_deleted AFTER DELETE ON sessions FOR EACH STATEMENT
  EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER users_auth_changed AFTER UPDATE ON users FOR EACH ROW
  WHEN ((OLD.login, OLD.display_name, OLD.password_hash, OLD.role, OLD.scope_org_unit_id,
         OLD.totp_enabled_at, OLD.disabled_at)
    IS DISTINCT FROM (NEW.login, NEW.display_name, NEW.password_hash, NEW.role,
         NEW.scope_org_unit_id, NEW.totp_enabled_at, NEW.disabled_at))
  EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER users_auth_deleted AFTER DELETE ON users FOR EACH STATEMENT
  EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER org_units_auth_changed AFTER UPDATE ON org_units FOR EACH ROW
  WHEN ((OLD.path, OLD.name) IS DISTINCT FROM (NEW.path, NEW.name))
  EXECUTE FUNCTION notify_auth_changed();
