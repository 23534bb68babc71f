import type { RouterOutputs } from '@cutover/api';
import type { ImportStatus } from '../common/rows';

export type { ImportStatus };

export type ImportRow = RouterOutputs['imports']['list']['data'][number];
export type ImportReport = RouterOutputs['imports']['byId'];
export type ReportedError = ImportReport['errors'][number];
export type PreviewAction = 'create' | 'update' | 'deactivate';
export type PreviewRow = NonNullable<ImportReport['preview'][PreviewAction]>['rows'][number];

/** What the uploader picked: one staff CSV, or the OneRoster pair. */
export type ImportFiles =
  | { format: 'staff_csv'; file: File }
  | { format: 'oneroster'; orgs: File; users: File };

/** Statuses in which the server is still working on the job. */
export const isBusy = (status: ImportStatus) => status === 'validating' || status === 'running';
