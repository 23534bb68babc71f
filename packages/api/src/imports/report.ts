import type { ScopedData } from '@cutover/db';
import { holdReason, importErrorText } from '@cutover/domain';
import { notFound } from '../errors';
import { planCountsOf } from './plan';

export const PREVIEW_ROWS = 20;
export const REPORTED_ERRORS = 200;

const previewed = ['create', 'update', 'deactivate'] as const;

/**
 * What the uploader sees of a job: status and counts, the hold reason, the first errors
 * with their English text, and the first rows of each kind of change with the totals.
 */
export async function importReport(data: ScopedData, id: number) {
  const job = await data.imports.jobs.byId(id);
  if (!job) throw notFound();
  const counts = planCountsOf(job.counts);
  const errors = (await data.imports.jobs.rowErrors(id)).slice(0, REPORTED_ERRORS);
  const planned = job.status === 'validated' || job.status === 'held' || job.status === 'succeeded';
  const preview: Partial<Record<PreviewAction, { total: number; rows: PreviewRows }>> = {};
  for (const action of previewed) {
    const rows = planned ? await data.imports.preview(job, action, PREVIEW_ROWS) : [];
    preview[action] = { total: counts[action], rows };
  }
  return {
    ...job,
    counts,
    hold: job.status === 'held' ? holdReason(counts) : null,
    errors: errors.map((e) => ({ ...e, text: importErrorText(e.message) })),
    errorRows: counts.error,
    preview,
  };
}
type PreviewAction = (typeof previewed)[number];
type PreviewRows = Awaited<ReturnType<ScopedData['imports']['preview']>>;
export type ImportReport = Awaited<ReturnType<typeof importReport>>;
