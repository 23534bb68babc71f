import os from 'node:os';
import path from 'node:path';
import type { ApiDeps } from '../context';

/** Where export files go; the server sets it from CUTOVER_EXPORT_DIR. */
export function exportDir(deps: ApiDeps): string {
  return deps.exports?.dir ?? path.join(os.tmpdir(), 'cutover-exports');
}

export const extensionOf: Record<string, string> = {
  csv: 'csv',
  xlsx: 'xlsx',
  pdf: 'pdf',
  zip: 'zip',
};

export function exportFileName(id: number, report: string, format: string): string {
  return `export-${id}-${report}.${extensionOf[format] ?? 'bin'}`;
}

export function manifestFileName(id: number): string {
  return `export-${id}.manifest.json`;
}

export const contentTypeOf: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
};
