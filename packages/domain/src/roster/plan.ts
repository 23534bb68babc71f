import { z } from 'zod';
import { idSchema } from '../inputs/ids';

/** What committing a file would do, row by row. */
export const planActions = [
  'create',
  'update',
  'deactivate',
  'unchanged',
  'skip',
  'error',
] as const;
export type PlanAction = (typeof planActions)[number];

/** A type, not an interface, so it is also a `Record<string, number>` (the jobs' counts column). */
export type PlanCounts = {
  rows: number;
  create: number;
  update: number;
  deactivate: number;
  unchanged: number;
  skip: number;
  /** Rows with at least one error. */
  error: number;
  /** Staff records in the uploader's scope, the base of the hold thresholds. */
  staffInScope: number;
};

/** Clever's thresholds: above these a person must confirm before anything is written. */
export const HOLD_DEACTIVATE_SHARE = 0.1;
export const HOLD_CHANGE_SHARE = 0.75;

export type HoldReason = 'deactivations' | 'changes';

export function holdReason(counts: PlanCounts): HoldReason | null {
  const base = counts.staffInScope;
  if (base === 0) return null;
  if (counts.deactivate / base > HOLD_DEACTIVATE_SHARE) return 'deactivations';
  if ((counts.update + counts.deactivate) / base > HOLD_CHANGE_SHARE) return 'changes';
  return null;
}

export const importFormats = ['staff_csv', 'oneroster'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The file's own column for each staged field, so errors name what the uploader sees. */
export const fileColumns: Record<ImportFormat, Record<string, string>> = {
  staff_csv: {},
  oneroster: {
    external_id: 'sourcedId',
    institution_code: 'orgSourcedIds',
    full_name: 'familyName',
  },
};

/** Commit a job; a held one needs `confirm` from the person who read the report. */
export const importCommitSchema = z.object({ id: idSchema, confirm: z.boolean().default(false) });
