-- A name search within a region or municipality, found by the name's trigrams and the
-- scope together: the region's or municipality's matches come out of one bitmap (3,647 of
-- RU-MOS's 114,677 staff for "петров" in 2 to 6 ms), where 0012's index alone yields the
-- whole country's matches and the (region, name) btree walks the scope in name order,
-- testing every name (30 to 160 ms). The scope is written as membership of the row's
-- [region, municipality] pair (a region's id is never a municipality's), which the btree
-- cannot serve, so the planner takes this index (queries/staff, `placedAmongMatches`).
-- Both columns are pg_trgm and the core array operator class: nothing beyond 0012's extension.
CREATE INDEX IF NOT EXISTS "staff_place_name_trgm_idx" ON "staff" USING gin ((ARRAY["region_id", "municipality_id"]), lower("full_name") gin_trgm_ops);--> statement-breakpoint
-- The planner guesses how many names a term matches from a histogram of sampled names; at
-- 100 a term held by 0.4% of staff ("петрович", 7,955 of 1,979,348) often hits none and is
-- guessed at 198, so a page of its 7,955 matches was read by sorting them all (56 ms)
-- instead of walking the name index (1 ms). 1,000 guessed 3,959; ANALYZE samples 300,000
-- rows instead of 30,000 (3 to 6 s for the national staff table at load 7, was 0.3 to 0.7 s).
ALTER INDEX "staff_place_name_trgm_idx" ALTER COLUMN 2 SET STATISTICS 1000;--> statement-breakpoint
-- A GIN index serves a condition on any of its columns: the name's trigrams alone (a search
-- at country scope) read the same entries here as in 0012's index, which would only double
-- the work of every write of a name.
DROP INDEX IF EXISTS "staff_name_trgm_idx";
