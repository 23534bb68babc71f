import { rowError } from '@cutover/domain';
import { and, inArray, lt, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../client';
import { importJobs, importRows } from '../../schema/index';
import { IMPORT_STALE_MINUTES, staleValidation } from './jobs';

/**
 * How long staged rows are kept for a job nobody commits (validated or held: it is then
 * cancelled) and for a committed one (its report then shows counts without preview rows).
 */
export const IMPORT_RETENTION_DAYS = 7;

export interface ImportSweepOptions {
  staleMinutes?: number;
  retentionDays?: number;
}

export interface ImportSweepReport {
  /** Jobs left `validating` by a server that stopped: now `failed`. */
  interrupted: number;
  /** Validated or held jobs not committed within the retention period: now `cancelled`. */
  cancelled: number;
  /** Jobs whose staged rows were deleted (the two above and old committed ones). */
  purged: number;
}

const interruptedError = rowError(0, '', 'imports.errors.interrupted');

/**
 * Housekeeping of roster imports across all scopes, run by the server on a timer: marks
 * interrupted validations failed, cancels jobs left uncommitted past the retention period,
 * and deletes staged rows nothing will read again. Safe to run from several instances.
 */
export function sweepImportJobs(
  db: Db,
  options: ImportSweepOptions = {},
): Promise<ImportSweepReport> {
  const staleMinutes = options.staleMinutes ?? IMPORT_STALE_MINUTES;
  const retentionDays = options.retentionDays ?? IMPORT_RETENTION_DAYS;
  const olderThanRetention = sql`now() - make_interval(days => ${retentionDays}::int)`;
  return db.transaction(async (tx) => {
    const interrupted = await tx
      .update(importJobs)
      .set({
        status: 'failed',
        progress: 100,
        counts: { rows: 0, error: 1 },
        rowErrors: [interruptedError],
        finishedAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${importJobs.version} + 1`,
      })
      .where(staleValidation(staleMinutes))
      .returning({ id: importJobs.id });
    const cancelled = await tx
      .update(importJobs)
      .set({
        status: 'cancelled',
        finishedAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${importJobs.version} + 1`,
      })
      .where(
        and(
          inArray(importJobs.status, ['validated', 'held']),
          lt(importJobs.updatedAt, olderThanRetention),
        ),
      )
      .returning({ id: importJobs.id });
    // Rows of failed and cancelled jobs are dead weight; a committed job's feed its report's
    // preview for the retention period, then the report keeps its counts only.
    const [purged] = await queryRows<{ jobs: number }>(
      tx,
      sql`with gone as (
            delete from ${importRows} where ${importRows.jobId} in (
              select ${importJobs.id} from ${importJobs}
               where ${importJobs.status} in ('failed', 'cancelled')
                  or (${importJobs.status} = 'succeeded' and ${importJobs.updatedAt} < ${olderThanRetention}))
            returning ${importRows.jobId})
          select count(distinct job_id)::int as jobs from gone`,
    );
    return {
      interrupted: interrupted.length,
      cancelled: cancelled.length,
      purged: purged?.jobs ?? 0,
    };
  });
}
