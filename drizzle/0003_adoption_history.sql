CREATE TABLE "adoption_subtree_history" (
	"org_unit_id" integer NOT NULL,
	"wave_id" integer NOT NULL,
	"day" date NOT NULL,
	"numerator" integer NOT NULL,
	"denominator" integer NOT NULL,
	"invited" integer DEFAULT 0 NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"active" integer DEFAULT 0 NOT NULL,
	"chats_migrated" integer DEFAULT 0 NOT NULL,
	"chats_legacy_closed" integer DEFAULT 0 NOT NULL,
	"parents_joined" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "adoption_subtree_history_org_unit_id_wave_id_day_pk" PRIMARY KEY("org_unit_id","wave_id","day")
);
--> statement-breakpoint
ALTER TABLE "adoption_rollups" ADD COLUMN "percent" double precision;--> statement-breakpoint
ALTER TABLE "adoption_rollups" ADD COLUMN "risk" text;--> statement-breakpoint
ALTER TABLE "adoption_rollups" ADD COLUMN "forecast_status" text;--> statement-breakpoint
ALTER TABLE "adoption_rollups" ADD COLUMN "forecast_date" date;--> statement-breakpoint
ALTER TABLE "adoption_rollups" ADD COLUMN "forecast_earliest" date;--> statement-breakpoint
ALTER TABLE "adoption_rollups" ADD COLUMN "forecast_latest" date;--> statement-breakpoint
ALTER TABLE "adoption_rollups" ADD COLUMN "deadline" date;--> statement-breakpoint
ALTER TABLE "adoption_subtree_history" ADD CONSTRAINT "adoption_subtree_history_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_subtree_history" ADD CONSTRAINT "adoption_subtree_history_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adoption_rollups_wave_risk_idx" ON "adoption_rollups" USING btree ("wave_id","risk");