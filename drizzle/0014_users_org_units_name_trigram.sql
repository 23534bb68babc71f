-- The user and org-unit list searches (and the unit picker's) served by trigram indexes, as
-- 0012 does for staff and chats: `lower(column) LIKE '%term%'`, or 'te%' for a term under
-- three characters, and the unit code's prefix. pg_trgm is created by 0012. The indexed
-- expressions must stay exactly those of the search filters (queries/users, queries/org-units).
CREATE INDEX IF NOT EXISTS "users_login_trgm_idx" ON "users" USING gin (lower("login") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_display_name_trgm_idx" ON "users" USING gin (lower("display_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "org_units_name_trgm_idx" ON "org_units" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "org_units_code_trgm_idx" ON "org_units" USING gin ("code" gin_trgm_ops);
