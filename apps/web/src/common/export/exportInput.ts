import type { ExportCreateInput, ExportKind } from '@cutover/domain';

/** What the dialog offers: the three table formats, or the archive for an audit pack. */
export type ExportChoice = 'csv' | 'csvExcel' | 'xlsx';
export const exportChoices: readonly ExportChoice[] = ['csv', 'csvExcel', 'xlsx'];

/** What a page knows about the rows it shows: the unit, and the list's filter and sort. */
export interface ExportSubject {
  report: ExportKind;
  nodeId: number;
  waveId?: number | undefined;
  asOf?: string | undefined;
  filter?: Record<string, unknown>;
  sort?: { field: string; order: string } | undefined;
}

/** react-admin keeps a cleared filter input as '' or null (or drops it); none of them filters. */
const isSet = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0);

/**
 * The `exports.create` input for exactly what a page shows: its filters (without cleared
 * ones) and sort, in the chosen format. An audit pack is always the zip archive.
 */
export function buildExportInput(subject: ExportSubject, choice: ExportChoice): ExportCreateInput {
  const filter = Object.fromEntries(
    Object.entries(subject.filter ?? {}).filter(([, value]) => isSet(value)),
  );
  const input: ExportCreateInput = {
    report: subject.report,
    format: subject.report === 'pack' ? 'zip' : choice === 'xlsx' ? 'xlsx' : 'csv',
    nodeId: subject.nodeId,
    filter,
    excel: subject.report !== 'pack' && choice === 'csvExcel',
  };
  if (subject.waveId !== undefined) input.waveId = subject.waveId;
  if (subject.asOf !== undefined) input.asOf = subject.asOf;
  if (subject.sort?.field) {
    input.sort = {
      field: subject.sort.field,
      order: subject.sort.order === 'DESC' ? 'DESC' : 'ASC',
    };
  }
  return input;
}

/** Where a started job is remembered for the tab, so a reload still shows its progress. */
export function exportStorageKey(subject: Pick<ExportSubject, 'report' | 'nodeId'>) {
  return `cutover.export.${subject.report}.${subject.nodeId}`;
}

/** The remembered job id, if the stored text is one (anything else is ignored). */
export function readStoredJobId(text: string | null): number | undefined {
  if (text === null || !/^[1-9]\d{0,9}$/.test(text)) return undefined;
  return Number(text);
}

/** The download addresses of a finished job (the server's export routes). */
export function exportFileUrl(jobId: number) {
  return `/api/exports/${jobId}/file`;
}
export function exportManifestUrl(jobId: number) {
  return `/api/exports/${jobId}/manifest.json`;
}
