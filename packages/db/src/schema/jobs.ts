import { jobStatusValues } from '@cutover/domain';
import {
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { version } from './columns';
import { orgUnits } from './org-units';
import { users } from './users';

export const jobStatus = pgEnum('job_status', jobStatusValues);

const jobColumns = () => ({
  id: serial('id').primaryKey(),
  kind: text('kind').notNull(),
  status: jobStatus('status').notNull().default('pending'),
  createdByUserId: integer('created_by_user_id')
    .notNull()
    .references(() => users.id),
  scopeOrgUnitId: integer('scope_org_unit_id')
    .notNull()
    .references(() => orgUnits.id),
  fileName: text('file_name'),
  /** SHA-256 of the file received or produced. */
  fileSha256: text('file_sha256'),
  counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
  progress: integer('progress').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  version: version(),
});

export const importJobs = pgTable(
  'import_jobs',
  {
    ...jobColumns(),
    idempotencyKey: text('idempotency_key').notNull(),
    /**
     * The job's last sign of life: opening, each staged batch, the outcome. A job still
     * `validating` long after it is one whose server stopped mid-way.
     */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowErrors: jsonb('row_errors')
      .$type<{ row: number; field: string; message: string }[]>()
      .notNull()
      .default([]),
  },
  (t) => [unique('import_jobs_idempotency_uq').on(t.scopeOrgUnitId, t.idempotencyKey)],
);

export const exportJobs = pgTable('export_jobs', {
  ...jobColumns(),
  format: text('format').notNull(),
  params: jsonb('params').notNull().default({}),
  /** The job's last sign of life (claimed, each chunk written, the outcome). */
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Why a failed export failed (a message key, never a stack). */
  error: text('error'),
});

/**
 * One row per periodic job (adoption refresh, import sweep, audit checkpoint, export sweep):
 * the instance that moves `ran_at` on takes that period, so several instances on one
 * database run each job once per period in total (see queries/job-lease.ts).
 */
export const jobLeases = pgTable('job_leases', {
  job: text('job').primaryKey(),
  holder: text('holder').notNull(),
  ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
});
