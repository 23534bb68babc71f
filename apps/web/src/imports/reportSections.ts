import type { ImportStatus } from './types';

export const countKeys = [
  'rows',
  'create',
  'update',
  'deactivate',
  'unchanged',
  'skip',
  'error',
] as const;
export type CountKey = (typeof countKeys)[number];
const previewable = ['create', 'update', 'deactivate'] as const;
export type PreviewAction = (typeof previewable)[number];

interface ReportShape {
  status: ImportStatus;
  preview: Partial<Record<PreviewAction, { total: number; rows: readonly unknown[] } | undefined>>;
}

/**
 * What a job's report may claim. "Would create" previews only make sense while a commit is
 * pending (validated or held); a failed job writes nothing, so it shows how many rows were
 * read and how many have errors, never what importing them would have done.
 */
export function reportSections(report: ReportShape): {
  counts: readonly CountKey[];
  previews: readonly PreviewAction[];
} {
  const pending = report.status === 'validated' || report.status === 'held';
  return {
    counts: report.status === 'failed' ? ['rows', 'error'] : countKeys,
    previews: pending
      ? previewable.filter((action) => {
          const preview = report.preview[action];
          return preview !== undefined && preview.total > 0 && preview.rows.length > 0;
        })
      : [],
  };
}
