CREATE TABLE "list_counts" (
	"list" text NOT NULL,
	"region_id" integer,
	"municipality_id" integer,
	"status" text NOT NULL,
	"row_count" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "list_counts_region_idx" ON "list_counts" USING btree ("list","region_id","status");--> statement-breakpoint
CREATE INDEX "list_counts_municipality_idx" ON "list_counts" USING btree ("list","municipality_id","status");--> statement-breakpoint
-- Exact totals without counting rows: every statement that writes staff or official_chats
-- appends, in its own transaction, one delta row per (region, municipality, status) it
-- changed. Statement-level triggers with transition tables keep a bulk write to a few
-- delta rows; appending (never updating a shared row) keeps concurrent writers apart.
-- The region and municipality are those the BEFORE trigger of 0009 set, so a unit move
-- (which rewrites them) moves the counts with the rows in the same transaction.
CREATE OR REPLACE FUNCTION count_staff_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO list_counts (list, region_id, municipality_id, status, row_count)
    SELECT 'staff', region_id, municipality_id, funnel_status::text, count(*)
      FROM new_rows GROUP BY 2, 3, 4;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO list_counts (list, region_id, municipality_id, status, row_count)
    SELECT 'staff', region_id, municipality_id, funnel_status::text, -count(*)
      FROM old_rows GROUP BY 2, 3, 4;
  ELSE
    INSERT INTO list_counts (list, region_id, municipality_id, status, row_count)
    SELECT 'staff', region_id, municipality_id, status, sum(delta)
      FROM (SELECT region_id, municipality_id, funnel_status::text AS status, -1 AS delta FROM old_rows
            UNION ALL
            SELECT region_id, municipality_id, funnel_status::text, 1 FROM new_rows) d
     GROUP BY 2, 3, 4 HAVING sum(delta) <> 0;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION count_chat_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO list_counts (list, region_id, municipality_id, status, row_count)
    SELECT 'chats', region_id, municipality_id, status::text, count(*)
      FROM new_rows GROUP BY 2, 3, 4;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO list_counts (list, region_id, municipality_id, status, row_count)
    SELECT 'chats', region_id, municipality_id, status::text, -count(*)
      FROM old_rows GROUP BY 2, 3, 4;
  ELSE
    INSERT INTO list_counts (list, region_id, municipality_id, status, row_count)
    SELECT 'chats', region_id, municipality_id, status, sum(delta)
      FROM (SELECT region_id, municipality_id, status::text AS status, -1 AS delta FROM old_rows
            UNION ALL
            SELECT region_id, municipality_id, status::text, 1 FROM new_rows) d
     GROUP BY 2, 3, 4 HAVING sum(delta) <> 0;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- TRUNCATE fires no row or statement triggers of its own kind: forget that list's counts.
CREATE OR REPLACE FUNCTION forget_list_counts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM list_counts WHERE list = TG_ARGV[0];
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Merges each key's delta rows into one; keys that sum to zero go. Readers see the rows
-- before or after, never a mix (one statement); deltas committed meanwhile are not in its
-- snapshot and stay. One fold at a time (others return at once).
CREATE OR REPLACE FUNCTION fold_list_counts() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  folded integer;
BEGIN
  IF NOT pg_try_advisory_xact_lock(7270022) THEN
    RETURN 0;
  END IF;
  WITH keys AS (
    SELECT list, coalesce(region_id, 0) AS region, coalesce(municipality_id, 0) AS municipality, status
      FROM list_counts GROUP BY 1, 2, 3, 4 HAVING count(*) > 1 OR sum(row_count) = 0
  ), gone AS (
    DELETE FROM list_counts c USING keys k
     WHERE c.list = k.list AND coalesce(c.region_id, 0) = k.region
       AND coalesce(c.municipality_id, 0) = k.municipality AND c.status = k.status
    RETURNING c.*
  ), kept AS (
    INSERT INTO list_counts (list, region_id, municipality_id, status, row_count)
    SELECT list, region_id, municipality_id, status, sum(row_count)
      FROM gone GROUP BY 1, 2, 3, 4 HAVING sum(row_count) <> 0
    RETURNING 1
  )
  SELECT count(*) INTO folded FROM gone;
  RETURN folded;
END
$$;--> statement-breakpoint
INSERT INTO list_counts (list, region_id, municipality_id, status, row_count)
SELECT 'staff', region_id, municipality_id, funnel_status::text, count(*)
  FROM staff GROUP BY 2, 3, 4;--> statement-breakpoint
INSERT INTO list_counts (list, region_id, municipality_id, status, row_count)
SELECT 'chats', region_id, municipality_id, status::text, count(*)
  FROM official_chats GROUP BY 2, 3, 4;--> statement-breakpoint
CREATE TRIGGER staff_count_insert AFTER INSERT ON staff REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION count_staff_rows();--> statement-breakpoint
CREATE TRIGGER staff_count_update AFTER UPDATE ON staff REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION count_staff_rows();--> statement-breakpoint
CREATE TRIGGER staff_count_delete AFTER DELETE ON staff REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION count_staff_rows();--> statement-breakpoint
CREATE TRIGGER staff_count_truncate AFTER TRUNCATE ON staff
  FOR EACH STATEMENT EXECUTE FUNCTION forget_list_counts('staff');--> statement-breakpoint
CREATE TRIGGER official_chats_count_insert AFTER INSERT ON official_chats REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION count_chat_rows();--> statement-breakpoint
CREATE TRIGGER official_chats_count_update AFTER UPDATE ON official_chats REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION count_chat_rows();--> statement-breakpoint
CREATE TRIGGER official_chats_count_delete AFTER DELETE ON official_chats REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION count_chat_rows();--> statement-breakpoint
CREATE TRIGGER official_chats_count_truncate AFTER TRUNCATE ON official_chats
  FOR EACH STATEMENT EXECUTE FUNCTION forget_list_counts('chats');
