CREATE TABLE "import_rows" (
	"job_id" integer NOT NULL,
	"row_no" integer NOT NULL,
	"external_id" text,
	"unit_code" text,
	"full_name" text,
	"role" "staff_role",
	"phone" text,
	"email" text,
	"status" text,
	"parse_errors" text[],
	"plan_errors" text[],
	"action" text,
	"staff_id" bigint,
	"staff_version" integer,
	"org_unit_id" integer,
	"changed" text[],
	CONSTRAINT "import_rows_job_id_row_no_pk" PRIMARY KEY("job_id","row_no")
);
--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_rows_action_idx" ON "import_rows" USING btree ("job_id","action","row_no");