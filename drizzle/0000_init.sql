CREATE TYPE "public"."chat_kind" AS ENUM('class_parent', 'class_pupil', 'staff', 'other');--> statement-breakpoint
CREATE TYPE "public"."chat_status" AS ENUM('legacy', 'migrating', 'migrated', 'legacy_closed');--> statement-breakpoint
CREATE TYPE "public"."legacy_platform" AS ENUM('whatsapp', 'telegram', 'viber', 'vk', 'sferum', 'none');--> statement-breakpoint
CREATE TYPE "public"."expected_metric" AS ENUM('staff', 'pupils', 'parents', 'class_chats');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('pending', 'validating', 'validated', 'held', 'running', 'succeeded', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."org_kind" AS ENUM('country', 'region', 'municipality', 'school', 'preschool', 'college', 'technical_school', 'other');--> statement-breakpoint
CREATE TYPE "public"."org_level" AS ENUM('country', 'region', 'municipality', 'institution');--> statement-breakpoint
CREATE TYPE "public"."funnel_status" AS ENUM('not_invited', 'invited', 'registered', 'active', 'deactivated');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('teacher', 'class_teacher', 'school_admin', 'director', 'preschool_teacher', 'lecturer', 'ministry_officer', 'municipal_officer', 'support_staff');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('federal_admin', 'regional_admin', 'district_admin', 'school_admin', 'auditor');--> statement-breakpoint
CREATE TABLE "adoption_rollups" (
	"org_unit_id" integer NOT NULL,
	"wave_id" integer NOT NULL,
	"numerator" integer NOT NULL,
	"denominator" integer NOT NULL,
	"invited" integer DEFAULT 0 NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"active" integer DEFAULT 0 NOT NULL,
	"chats_migrated" integer DEFAULT 0 NOT NULL,
	"chats_legacy_closed" integer DEFAULT 0 NOT NULL,
	"parents_joined" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adoption_rollups_org_unit_id_wave_id_pk" PRIMARY KEY("org_unit_id","wave_id")
);
--> statement-breakpoint
CREATE TABLE "adoption_snapshots" (
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
	CONSTRAINT "adoption_snapshots_org_unit_id_wave_id_day_pk" PRIMARY KEY("org_unit_id","wave_id","day")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"actor_login" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"org_path" integer[],
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"client_ip" text,
	"prev_hash" text,
	"hash" text
);
--> statement-breakpoint
CREATE TABLE "official_chats" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"kind" "chat_kind" NOT NULL,
	"class_label" text,
	"title" text NOT NULL,
	"legacy_platform" "legacy_platform" NOT NULL,
	"status" "chat_status" DEFAULT 'legacy' NOT NULL,
	"parents_expected" integer DEFAULT 0 NOT NULL,
	"parents_joined" integer DEFAULT 0 NOT NULL,
	"migrated_at" timestamp with time zone,
	"legacy_closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expected_counts" (
	"org_unit_id" integer NOT NULL,
	"metric" "expected_metric" NOT NULL,
	"value" integer NOT NULL,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expected_counts_org_unit_id_metric_pk" PRIMARY KEY("org_unit_id","metric")
);
--> statement-breakpoint
CREATE TABLE "pupil_accounts" (
	"org_unit_id" integer PRIMARY KEY NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"childrens_mode" integer DEFAULT 0 NOT NULL,
	"as_of" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "export_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" "job_status" DEFAULT 'pending' NOT NULL,
	"created_by_user_id" integer NOT NULL,
	"scope_org_unit_id" integer NOT NULL,
	"file_name" text,
	"file_sha256" text,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"format" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" "job_status" DEFAULT 'pending' NOT NULL,
	"created_by_user_id" integer NOT NULL,
	"scope_org_unit_id" integer NOT NULL,
	"file_name" text,
	"file_sha256" text,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"idempotency_key" text NOT NULL,
	"row_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "import_jobs_idempotency_uq" UNIQUE("scope_org_unit_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"level" "org_level" NOT NULL,
	"kind" "org_kind" NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"authority_name" text,
	"path" integer[] NOT NULL,
	"depth" smallint NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"population_k" integer,
	"valid_from" date DEFAULT current_date NOT NULL,
	"valid_to" date,
	"merged_into_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "policy_settings" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"reason" text NOT NULL,
	"set_by_user_id" integer,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "policy_settings_node_key_uq" UNIQUE("org_unit_id","key")
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"external_id" text,
	"full_name" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"phone" text,
	"email" text,
	"funnel_status" "funnel_status" DEFAULT 'not_invited' NOT NULL,
	"invited_at" timestamp with time zone,
	"registered_at" timestamp with time zone,
	"last_active_at" timestamp with time zone,
	"deactivated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_external_id_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"second_factor_pending" boolean DEFAULT false NOT NULL,
	"client_ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"id" serial PRIMARY KEY NOT NULL,
	"login" text NOT NULL,
	"client_ip" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"login" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"scope_org_unit_id" integer NOT NULL,
	"totp_secret" text,
	"totp_enabled_at" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_login_unique" UNIQUE("login")
);
--> statement-breakpoint
CREATE TABLE "deadlines" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"wave_id" integer NOT NULL,
	"deadline" date NOT NULL,
	"reason" text NOT NULL,
	"set_by_user_id" integer,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "deadlines_node_wave_uq" UNIQUE("org_unit_id","wave_id")
);
--> statement-breakpoint
CREATE TABLE "waves" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"opens_on" date NOT NULL,
	"national_deadline" date NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waves_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "adoption_rollups" ADD CONSTRAINT "adoption_rollups_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_rollups" ADD CONSTRAINT "adoption_rollups_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_snapshots" ADD CONSTRAINT "adoption_snapshots_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_snapshots" ADD CONSTRAINT "adoption_snapshots_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_chats" ADD CONSTRAINT "official_chats_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expected_counts" ADD CONSTRAINT "expected_counts_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupil_accounts" ADD CONSTRAINT "pupil_accounts_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_scope_org_unit_id_org_units_id_fk" FOREIGN KEY ("scope_org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_scope_org_unit_id_org_units_id_fk" FOREIGN KEY ("scope_org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_merged_into_id_org_units_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_settings" ADD CONSTRAINT "policy_settings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_settings" ADD CONSTRAINT "policy_settings_set_by_user_id_users_id_fk" FOREIGN KEY ("set_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_org_unit_id_org_units_id_fk" FOREIGN KEY ("scope_org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_set_by_user_id_users_id_fk" FOREIGN KEY ("set_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adoption_snapshots_wave_day_idx" ON "adoption_snapshots" USING btree ("wave_id","day");--> statement-breakpoint
CREATE INDEX "audit_log_org_path_gin" ON "audit_log" USING gin ("org_path");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "official_chats_org_unit_idx" ON "official_chats" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "org_units_path_gin" ON "org_units" USING gin ("path");--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id","name");--> statement-breakpoint
CREATE INDEX "org_units_level_name_idx" ON "org_units" USING btree ("level","name");--> statement-breakpoint
CREATE INDEX "org_units_name_trgm_free_idx" ON "org_units" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "staff_org_unit_idx" ON "staff" USING btree ("org_unit_id","funnel_status");--> statement-breakpoint
CREATE INDEX "staff_org_unit_name_idx" ON "staff" USING btree ("org_unit_id","full_name");--> statement-breakpoint
CREATE INDEX "staff_role_idx" ON "staff" USING btree ("role");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_failures_login_idx" ON "sign_in_failures" USING btree ("login","at");--> statement-breakpoint
CREATE INDEX "sign_in_failures_ip_idx" ON "sign_in_failures" USING btree ("client_ip","at");