-- Staff and chats carry their unit's region and municipality (path[2], path[3]) so a
-- region's or municipality's list is one index range in sort order, and its total one
-- index-only count, instead of a walk of the subtree's units and a sort of all its rows.
ALTER TABLE "official_chats" ADD COLUMN "region_id" integer;--> statement-breakpoint
ALTER TABLE "official_chats" ADD COLUMN "municipality_id" integer;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "region_id" integer;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "municipality_id" integer;--> statement-breakpoint
-- Whatever a writer sends, the two columns are read from the unit's path at write time.
CREATE OR REPLACE FUNCTION set_unit_ancestors() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  unit_path integer[];
BEGIN
  SELECT path INTO unit_path FROM org_units WHERE id = NEW.org_unit_id;
  NEW.region_id := unit_path[2];
  NEW.municipality_id := unit_path[3];
  RETURN NEW;
END
$$;--> statement-breakpoint
-- A move rewrites the paths of the moved subtree in its own transaction (which holds the
-- hierarchy lock exclusively); the rows of each unit whose region or municipality changed
-- follow in the same transaction, so no reader ever sees them apart.
CREATE OR REPLACE FUNCTION follow_unit_move() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE staff SET region_id = NEW.path[2], municipality_id = NEW.path[3]
   WHERE org_unit_id = NEW.id;
  UPDATE official_chats SET region_id = NEW.path[2], municipality_id = NEW.path[3]
   WHERE org_unit_id = NEW.id;
  RETURN NULL;
END
$$;--> statement-breakpoint
UPDATE staff s SET region_id = u.path[2], municipality_id = u.path[3]
  FROM org_units u WHERE u.id = s.org_unit_id;--> statement-breakpoint
UPDATE official_chats c SET region_id = u.path[2], municipality_id = u.path[3]
  FROM org_units u WHERE u.id = c.org_unit_id;--> statement-breakpoint
CREATE TRIGGER staff_unit_ancestors BEFORE INSERT OR UPDATE OF org_unit_id, region_id, municipality_id ON staff FOR EACH ROW EXECUTE FUNCTION set_unit_ancestors();--> statement-breakpoint
CREATE TRIGGER official_chats_unit_ancestors BEFORE INSERT OR UPDATE OF org_unit_id, region_id, municipality_id ON official_chats FOR EACH ROW EXECUTE FUNCTION set_unit_ancestors();--> statement-breakpoint
CREATE TRIGGER org_units_follow_move AFTER UPDATE OF path ON org_units FOR EACH ROW
  WHEN (OLD.path[2] IS DISTINCT FROM NEW.path[2] OR OLD.path[3] IS DISTINCT FROM NEW.path[3])
  EXECUTE FUNCTION follow_unit_move();--> statement-breakpoint
CREATE INDEX "official_chats_region_title_idx" ON "official_chats" USING btree ("region_id","title","id");--> statement-breakpoint
CREATE INDEX "official_chats_municipality_title_idx" ON "official_chats" USING btree ("municipality_id","title","id");--> statement-breakpoint
CREATE INDEX "official_chats_title_idx" ON "official_chats" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "staff_region_name_idx" ON "staff" USING btree ("region_id","full_name","id");--> statement-breakpoint
CREATE INDEX "staff_municipality_name_idx" ON "staff" USING btree ("municipality_id","full_name","id");--> statement-breakpoint
CREATE INDEX "staff_name_idx" ON "staff" USING btree ("full_name","id");
