import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../client';
import { exportJobs } from '../../schema/index';

/**
 * A job `running` with no progress for this long was interrupted: its server stopped.
 * A live one writes progress after every chunk, seconds apart.
 */
export const EXPORT_STALE_MINUTES = 10;
/** How long a finished export's file is kept for download. */
export const EXPORT_RETENTION_HOURS = 24;

export interface ClaimedExport {
  id: number;
  kind: string;
  format: string;
  params: unknown;
  createdByUserId: number;
  createdAt: Date;
}

/**
 * The export runner's side of the job table, across all scopes: the job was scoped when it
 * was created, and the runner loads the requester's scope again before reading a row.
 */
export const exportRuns = {
  /** Takes the oldest pending job for this runner; several runners never take the same one. */
  async claim(db: Db): Promise<ClaimedExport | null> {
    const [job] = await db
      .update(exportJobs)
      .set({ status: 'running', updatedAt: sql`now()`, version: sql`${exportJobs.version} + 1` })
      .where(
        sql`${exportJobs.id} = (select id from export_jobs where status = 'pending' order by id limit 1 for update skip locked)`,
      )
      .returning({
        id: exportJobs.id,
        kind: exportJobs.kind,
        format: exportJobs.format,
        params: exportJobs.params,
        createdByUserId: exportJobs.createdByUserId,
        createdAt: exportJobs.createdAt,
      });
    return job ?? null;
  },

  async progress(db: Executor, id: number, rows: number) {
    await db
      .update(exportJobs)
      .set({ progress: rows, updatedAt: sql`now()` })
      .where(and(eq(exportJobs.id, id), eq(exportJobs.status, 'running')));
  },

  async succeed(
    db: Executor,
    id: number,
    outcome: { fileName: string; sha256: string; rows: number },
  ) {
    await db
      .update(exportJobs)
      .set({
        status: 'succeeded',
        fileName: outcome.fileName,
        fileSha256: outcome.sha256,
        counts: { rows: outcome.rows },
        progress: outcome.rows,
        finishedAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${exportJobs.version} + 1`,
      })
      .where(eq(exportJobs.id, id));
  },

  async fail(db: Executor, id: number, error: string) {
    await db
      .update(exportJobs)
      .set({
        status: 'failed',
        error,
        finishedAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${exportJobs.version} + 1`,
      })
      .where(eq(exportJobs.id, id));
  },

  /**
   * Interrupted runs fail; finished exports past retention are cancelled. Returns the ids
   * whose files should go (the caller owns the directory).
   */
  async sweep(
    db: Db,
    options: { staleMinutes?: number; retentionHours?: number } = {},
  ): Promise<{ interrupted: number; expired: { id: number; fileName: string | null }[] }> {
    const stale = options.staleMinutes ?? EXPORT_STALE_MINUTES;
    const retention = options.retentionHours ?? EXPORT_RETENTION_HOURS;
    const interrupted = await db
      .update(exportJobs)
      .set({
        status: 'failed',
        error: 'exports.errors.interrupted',
        finishedAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${exportJobs.version} + 1`,
      })
      .where(
        and(
          eq(exportJobs.status, 'running'),
          lt(exportJobs.updatedAt, sql`now() - make_interval(mins => ${stale}::int)`),
        ),
      )
      .returning({ id: exportJobs.id });
    const expired = await db
      .update(exportJobs)
      .set({
        status: 'cancelled',
        error: 'exports.errors.expired',
        updatedAt: sql`now()`,
        version: sql`${exportJobs.version} + 1`,
      })
      .where(
        and(
          sql`${exportJobs.status} in ('succeeded', 'failed')`,
          lt(exportJobs.finishedAt, sql`now() - make_interval(hours => ${retention}::int)`),
        ),
      )
      .returning({ id: exportJobs.id, fileName: exportJobs.fileName });
    return { interrupted: interrupted.length, expired };
  },
};
