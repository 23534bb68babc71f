CREATE TABLE "adoption_refresh_marks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"org_unit_id" integer,
	"wave_id" integer
);
--> statement-breakpoint
CREATE TABLE "adoption_refresh_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"day" date NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rebuilt_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adoption_refresh_state_one_row" CHECK ("adoption_refresh_state"."id" = 1)
);
--> statement-breakpoint
-- Rows inserted into or deleted from staff or official_chats: their nodes' figures.
CREATE FUNCTION adoption_mark_member_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO adoption_refresh_marks (kind, org_unit_id)
  SELECT DISTINCT 'figures', org_unit_id FROM changed_rows;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION adoption_mark_staff_updates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO adoption_refresh_marks (kind, org_unit_id)
  SELECT DISTINCT 'figures', unit FROM old_rows o JOIN new_rows n USING (id)
  CROSS JOIN LATERAL (VALUES (o.org_unit_id), (n.org_unit_id)) v(unit)
  WHERE (o.org_unit_id, o.funnel_status, o.invited_at, o.registered_at, o.role)
    IS DISTINCT FROM (n.org_unit_id, n.funnel_status, n.invited_at, n.registered_at, n.role);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION adoption_mark_chat_updates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO adoption_refresh_marks (kind, org_unit_id)
  SELECT DISTINCT 'figures', unit FROM old_rows o JOIN new_rows n USING (id)
  CROSS JOIN LATERAL (VALUES (o.org_unit_id), (n.org_unit_id)) v(unit)
  WHERE (o.org_unit_id, o.kind, o.status, o.parents_joined, o.parents_expected)
    IS DISTINCT FROM (n.org_unit_id, n.kind, n.status, n.parents_joined, n.parents_expected);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A node added, removed, re-kinded or moved: the node and its old and new ancestors.
CREATE FUNCTION adoption_mark_unit_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO adoption_refresh_marks (kind, org_unit_id)
  SELECT DISTINCT 'figures', unit FROM changed_rows CROSS JOIN LATERAL unnest(path) unit;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION adoption_mark_unit_updates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO adoption_refresh_marks (kind, org_unit_id)
  SELECT DISTINCT 'figures', unit FROM old_rows o JOIN new_rows n USING (id)
  CROSS JOIN LATERAL unnest(o.path || n.path) unit
  WHERE (o.path, o.parent_id, o.level, o.kind) IS DISTINCT FROM (n.path, n.parent_id, n.level, n.kind);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A deadline set, changed or removed: the risks of the node's subtree for that wave.
CREATE FUNCTION adoption_mark_deadline() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO adoption_refresh_marks (kind, org_unit_id, wave_id)
    VALUES ('risks', OLD.org_unit_id, OLD.wave_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO adoption_refresh_marks (kind, org_unit_id, wave_id)
    VALUES ('risks', NEW.org_unit_id, NEW.wave_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A wave's dates: its risks everywhere; a new, removed or re-coded wave: everything.
CREATE FUNCTION adoption_mark_wave() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.code = NEW.code THEN
    IF (OLD.opens_on, OLD.national_deadline) IS DISTINCT FROM (NEW.opens_on, NEW.national_deadline) THEN
      INSERT INTO adoption_refresh_marks (kind, wave_id) VALUES ('risks', NEW.id);
    END IF;
  ELSE
    INSERT INTO adoption_refresh_marks (kind) VALUES ('full');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER staff_adoption_insert AFTER INSERT ON staff REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION adoption_mark_member_rows();
--> statement-breakpoint
CREATE TRIGGER staff_adoption_delete AFTER DELETE ON staff REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION adoption_mark_member_rows();
--> statement-breakpoint
CREATE TRIGGER staff_adoption_update AFTER UPDATE ON staff
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION adoption_mark_staff_updates();
--> statement-breakpoint
CREATE TRIGGER official_chats_adoption_insert AFTER INSERT ON official_chats
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION adoption_mark_member_rows();
--> statement-breakpoint
CREATE TRIGGER official_chats_adoption_delete AFTER DELETE ON official_chats
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION adoption_mark_member_rows();
--> statement-breakpoint
CREATE TRIGGER official_chats_adoption_update AFTER UPDATE ON official_chats
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION adoption_mark_chat_updates();
--> statement-breakpoint
CREATE TRIGGER org_units_adoption_insert AFTER INSERT ON org_units
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION adoption_mark_unit_rows();
--> statement-breakpoint
CREATE TRIGGER org_units_adoption_delete AFTER DELETE ON org_units
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION adoption_mark_unit_rows();
--> statement-breakpoint
CREATE TRIGGER org_units_adoption_update AFTER UPDATE ON org_units
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION adoption_mark_unit_updates();
--> statement-breakpoint
CREATE TRIGGER deadlines_adoption AFTER INSERT OR UPDATE OR DELETE ON deadlines
  FOR EACH ROW EXECUTE FUNCTION adoption_mark_deadline();
--> statement-breakpoint
CREATE TRIGGER waves_adoption AFTER INSERT OR UPDATE OR DELETE ON waves
  FOR EACH ROW EXECUTE FUNCTION adoption_mark_wave();
