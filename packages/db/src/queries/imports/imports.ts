import type { PlanAction, StagedRow } from '@cutover/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../client';
import { importRows } from '../../schema/index';
import type { AuditActor } from '../audit-log/audit';
import type { Scope } from '../scope';
import { applyImportPlan } from './apply';
import { type ImportJobRecord, importJobQueries } from './jobs';
import { planCounts, planErrors, planImportRows } from './plan';
import { stageImportRows } from './stage';

/**
 * Roster imports in the caller's scope. Everything past `jobs` takes a job record the
 * caller loaded through `jobs` (so it lies in the scope), and works inside its subtree.
 */
export function importQueries(db: Executor, scope: Scope, actor: AuditActor) {
  return {
    jobs: importJobQueries(db, scope),

    stage: (job: ImportJobRecord, rows: readonly StagedRow[]) =>
      stageImportRows(db, scope, job.id, rows),

    /**
     * Plans the job against the live data (again, at commit: `replan`); returns counts and
     * the first `errorLimit` errors.
     */
    async plan(job: ImportJobRecord, errorLimit: number, replan = false) {
      await planImportRows(db, job.id, job.scopeOrgUnitId, { unlessUnchanged: replan });
      const counts = await planCounts(db, job.id, job.scopeOrgUnitId);
      return { ...counts, errors: await planErrors(db, job.id, errorLimit) };
    },

    apply: (job: ImportJobRecord) => applyImportPlan(db, actor, job.id),

    preview: (job: ImportJobRecord, action: PlanAction, limit: number) =>
      db
        .select({
          row: importRows.rowNo,
          externalId: importRows.externalId,
          unitCode: importRows.unitCode,
          fullName: importRows.fullName,
          role: importRows.role,
          phone: importRows.phone,
          email: importRows.email,
          status: importRows.status,
          changed: importRows.changed,
          staffId: importRows.staffId,
        })
        .from(importRows)
        .where(and(eq(importRows.jobId, job.id), eq(importRows.action, action)))
        .orderBy(asc(importRows.rowNo))
        .limit(limit),
  };
}
export type ImportQueries = ReturnType<typeof importQueries>;
export type { ImportJobRecord } from './jobs';
