ALTER TABLE "export_jobs" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "export_jobs" ADD COLUMN "error" text;