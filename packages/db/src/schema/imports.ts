import { bigint, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { importJobs } from './jobs';
import { staffRole } from './staff';

/**
 * The rows of an uploaded roster, normalised and staged so the dry run and the commit
 * compare them with the live staff in SQL, set-based. `parse_errors` and `plan_errors`
 * hold `field|i18n key` pairs; the plan columns are recomputed at commit.
 */
export const importRows = pgTable(
  'import_rows',
  {
    jobId: integer('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    /** The row's line in the uploaded file (the header is line 1). */
    rowNo: integer('row_no').notNull(),
    externalId: text('external_id'),
    unitCode: text('unit_code'),
    fullName: text('full_name'),
    role: staffRole('role'),
    phone: text('phone'),
    email: text('email'),
    /** active | deactivated | null (leave the person's state alone). */
    status: text('status'),
    parseErrors: text('parse_errors').array(),
    planErrors: text('plan_errors').array(),
    /** create | update | deactivate | unchanged | skip | error */
    action: text('action'),
    staffId: bigint('staff_id', { mode: 'number' }),
    staffVersion: integer('staff_version'),
    orgUnitId: integer('org_unit_id'),
    /** Fields an update changes, by the staff CSV's column names. */
    changed: text('changed').array(),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.rowNo] }),
    index('import_rows_action_idx').on(t.jobId, t.action, t.rowNo),
  ],
);
