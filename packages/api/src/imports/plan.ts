import type { ImportJobRecord, ScopedData } from '@cutover/db';
import {
  fileColumns,
  holdReason,
  type ImportFormat,
  importFormats,
  type PlanCounts,
  type RowError,
} from '@cutover/domain';

/** How many row errors a job keeps for its report; the count of erroneous rows is exact. */
export const STORED_ERROR_LIMIT = 10_000;

export const formatOf = (job: ImportJobRecord): ImportFormat =>
  importFormats.find((f) => f === job.kind) ?? 'staff_csv';

/** Errors name the file's own columns, whatever the staging calls them. */
export function inFileTerms(format: ImportFormat, errors: readonly RowError[]): RowError[] {
  const names = fileColumns[format];
  return errors.map((e) => ({ ...e, field: names[e.field] ?? e.field }));
}

export function planCountsOf(raw: Record<string, number>): PlanCounts {
  const n = (key: string) => raw[key] ?? 0;
  return {
    rows: n('rows'),
    create: n('create'),
    update: n('update'),
    deactivate: n('deactivate'),
    unchanged: n('unchanged'),
    skip: n('skip'),
    error: n('error'),
    staffInScope: n('staffInScope'),
  };
}

/** Plans the job against the live data: its counts, errors and the status they imply. */
export async function planJob(data: ScopedData, job: ImportJobRecord, replan = false) {
  const plan = await data.imports.plan(job, STORED_ERROR_LIMIT, replan);
  const raw: Record<string, number> = { staffInScope: plan.staffInScope };
  for (const { action, n } of plan.actions) raw[action] = n;
  raw.rows = plan.actions.reduce((sum, { n }) => sum + n, 0);
  const counts = planCountsOf(raw);
  const status = counts.error > 0 ? 'failed' : holdReason(counts) ? 'held' : 'validated';
  return { counts, status, rowErrors: inFileTerms(formatOf(job), plan.errors) } as const;
}

/** A file that could not be read at all: no plan, the file-level errors are the report. */
export function fileFailure(errors: readonly RowError[]) {
  const counts: Record<string, number> = { rows: 0, error: errors.length };
  return { status: 'failed' as const, counts, rowErrors: errors.slice(0, STORED_ERROR_LIMIT) };
}
