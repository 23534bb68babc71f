-- Name search (`lower(column) LIKE '%term%'`, or 'te%' for a term under three characters)
-- served by trigram indexes instead of a scan of every row in scope. pg_trgm is a trusted
-- extension (PostgreSQL 13+), so the database owner that runs migrations may create it;
-- its functions and operators are executable by PUBLIC, so the runtime role can search.
-- PGlite loads the same extension (packages/db/src/client.ts). The indexed expressions
-- must stay exactly those of the search filters (queries/staff, queries/chats).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "staff_name_trgm_idx" ON "staff" USING gin (lower("full_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "official_chats_title_trgm_idx" ON "official_chats" USING gin (lower("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "official_chats_class_label_trgm_idx" ON "official_chats" USING gin (lower("class_label") gin_trgm_ops);
