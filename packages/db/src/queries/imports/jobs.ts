import { type JobStatus, jobStatusValues, type ListParams, type RowError } from '@cutover/domain';
import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { importJobs, importRows, orgUnits, users } from '../../schema/index';
import { countAll, enumFilter, idFilter, inOrder, orderBy, pageOf } from '../list';
import { type Scope, withinNode, withinScope } from '../scope';

const { rowErrors: _errors, ...summaryColumns } = getTableColumns(importJobs);
const columns = {
  ...summaryColumns,
  scopePath: orgUnits.path,
  scopeName: orgUnits.name,
  createdByLogin: users.login,
};
export const importJobSortable = {
  id: importJobs.id,
  createdAt: importJobs.createdAt,
  status: importJobs.status,
};

export type { JobStatus };

/**
 * A job `validating` with no sign of life (a staged batch, the outcome) for this long was
 * interrupted: its server stopped mid-way. Validation writes progress every 10,000 rows
 * and plans in seconds, so a live one is never this quiet.
 */
export const IMPORT_STALE_MINUTES = 10;

/** `validating` and quiet for longer than `minutes`. */
export const staleValidation = (minutes: number) =>
  sql`(${importJobs.status} = 'validating' and ${importJobs.updatedAt} < now() - make_interval(mins => ${minutes}::int))`;
export interface NewImportJob {
  kind: string;
  fileName: string;
  fileSha256: string;
  idempotencyKey: string;
}

/** A SHA-256 in hex (as the browser computes it before uploading); anything else is ignored. */
function sha256Filter(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{64}$/i.test(value)
    ? value.toLowerCase()
    : undefined;
}

export function importJobListFilters(filter: ListParams['filter'], scope: Scope): SQL[] {
  const conditions = [withinScope(orgUnits.path, scope)];
  const within = idFilter(filter.withinId);
  if (within) conditions.push(withinNode(orgUnits.path, within));
  const statuses = enumFilter(filter.status, jobStatusValues);
  if (statuses)
    conditions.push(sql`${importJobs.status} = any(${sql.param(statuses)}::job_status[])`);
  const sha256 = sha256Filter(filter.fileSha256);
  if (sha256) conditions.push(eq(importJobs.fileSha256, sha256));
  return conditions;
}

/** Import jobs whose scope node lies in the caller's subtree; new ones take the caller's node. */
export function importJobQueries(db: Executor, scope: Scope) {
  const select = (where: SQL | undefined) =>
    db
      .select(columns)
      .from(importJobs)
      .innerJoin(orgUnits, eq(orgUnits.id, importJobs.scopeOrgUnitId))
      .innerJoin(users, eq(users.id, importJobs.createdByUserId))
      .where(where);
  const visible = (id: number) => and(eq(importJobs.id, id), withinScope(orgUnits.path, scope));
  // Writes are confined to the scope too, so a forgotten check cannot reach outside it.
  const mine = (id: number) =>
    and(
      eq(importJobs.id, id),
      sql`exists (select 1 from ${orgUnits} where ${orgUnits.id} = ${importJobs.scopeOrgUnitId} and ${withinScope(orgUnits.path, scope)})`,
    );

  return {
    /** The job for this key in the caller's scope: a new one, or the one already there. */
    async open(job: NewImportJob) {
      const inserted = await db
        .insert(importJobs)
        .values({
          ...job,
          status: 'validating',
          createdByUserId: scope.userId,
          scopeOrgUnitId: scope.nodeId,
        })
        .onConflictDoNothing()
        .returning({ id: importJobs.id });
      const key = and(
        eq(importJobs.scopeOrgUnitId, scope.nodeId),
        eq(importJobs.idempotencyKey, job.idempotencyKey),
      );
      const [found] = await select(key);
      if (!found) throw new Error('import job vanished');
      return { job: found, created: inserted.length > 0 };
    },

    async byId(id: number, options: { lock?: boolean } = {}) {
      const query = select(visible(id));
      const [job] = await (options.lock ? query.for('update', { of: importJobs }) : query);
      return job ?? null;
    },

    async rowErrors(id: number): Promise<RowError[]> {
      const [row] = await db
        .select({ rowErrors: importJobs.rowErrors })
        .from(importJobs)
        .innerJoin(orgUnits, eq(orgUnits.id, importJobs.scopeOrgUnitId))
        .where(visible(id));
      return row?.rowErrors ?? [];
    },

    async list(params: ListParams) {
      const where = and(...importJobListFilters(params.filter, scope));
      const { limit, offset } = pageOf(params);
      const [data, totals] = await inOrder([
        select(where)
          .orderBy(...orderBy(params, importJobSortable, 'id'))
          .limit(limit)
          .offset(offset),
        db
          .select({ total: countAll })
          .from(importJobs)
          .innerJoin(orgUnits, eq(orgUnits.id, importJobs.scopeOrgUnitId))
          .where(where),
      ]);
      return { data, total: totals[0]?.total ?? 0 };
    },

    /**
     * Starts a job over if nothing of it can reach the staff: failed, cancelled, or
     * interrupted (`validating` and quiet for `IMPORT_STALE_MINUTES`). Its staged rows go and
     * the same row is validated again. Tells whether it restarted.
     */
    async restart(id: number, staleMinutes = IMPORT_STALE_MINUTES): Promise<boolean> {
      const restarted = await db
        .update(importJobs)
        .set({
          status: 'validating',
          progress: 0,
          counts: {},
          rowErrors: [],
          finishedAt: null,
          updatedAt: sql`now()`,
          version: sql`${importJobs.version} + 1`,
        })
        .where(
          and(
            mine(id),
            sql`(${importJobs.status} in ('failed', 'cancelled') or ${staleValidation(staleMinutes)})`,
          ),
        )
        .returning({ id: importJobs.id });
      if (restarted.length === 0) return false;
      await db.delete(importRows).where(eq(importRows.jobId, id));
      return true;
    },

    /** Records progress, which is also the job's sign of life. */
    async setProgress(id: number, progress: number) {
      await db.update(importJobs).set({ progress, updatedAt: sql`now()` }).where(mine(id));
    },

    async finish(
      id: number,
      outcome: { status: JobStatus; counts: Record<string, number>; rowErrors: RowError[] },
    ) {
      const done = outcome.status === 'succeeded' || outcome.status === 'failed';
      const finished = await db
        .update(importJobs)
        .set({
          ...outcome,
          progress: 100,
          finishedAt: done ? new Date() : null,
          updatedAt: sql`now()`,
          version: sql`${importJobs.version} + 1`,
        })
        .where(mine(id))
        .returning({ id: importJobs.id });
      if (finished.length > 0 && outcome.status === 'failed')
        await db.delete(importRows).where(eq(importRows.jobId, id));
    },
  };
}
export type ImportJobQueries = ReturnType<typeof importJobQueries>;
export type ImportJobRecord = NonNullable<Awaited<ReturnType<ImportJobQueries['byId']>>>;
