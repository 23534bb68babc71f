import { rm } from 'node:fs/promises';
import path from 'node:path';
import { exportRuns } from '@cutover/db';
import type { ApiDeps } from '../context';
import { exportDir, manifestFileName } from './config';

/**
 * Fails exports a stopped server left running and deletes the files of those past
 * retention (their jobs stay, cancelled, with the audit record of what was exported).
 */
export async function sweepExports(deps: ApiDeps, options: { retentionHours?: number } = {}) {
  const report = await exportRuns.sweep(deps.database.db, options);
  const dir = exportDir(deps);
  for (const { id, fileName } of report.expired) {
    const names = fileName ? [fileName, manifestFileName(id)] : [manifestFileName(id)];
    await Promise.all(names.map((name) => rm(path.join(dir, name), { force: true })));
  }
  return { interrupted: report.interrupted, expired: report.expired.length };
}
