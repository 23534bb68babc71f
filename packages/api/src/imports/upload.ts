import { createHash } from 'node:crypto';
import type { ImportFormat, RowError } from '@cutover/domain';
import { rowError } from '@cutover/domain';
import type { Context } from '../context';
import { notFound } from '../errors';
import { runScoped } from './gate';
import { parseOneRoster, parseStaffCsv } from './parse-files';
import { fileFailure, planJob } from './plan';
import type { ReceivedFile } from './receive';
import { importReport } from './report';
import { Stager } from './stager';

/** A staff CSV, or the OneRoster pair in the order orgs.csv, users.csv. */
export type ImportUpload =
  | { format: 'staff_csv'; file: ReceivedFile }
  | { format: 'oneroster'; orgs: ReceivedFile; users: ReceivedFile };

const filesOf = (upload: ImportUpload) =>
  upload.format === 'staff_csv' ? [upload.file] : [upload.orgs, upload.users];

/** One hash for the upload: the file's, or for a pair the hash of both hashes in order. */
function fileHash(upload: ImportUpload): string {
  const files = filesOf(upload);
  if (files.length === 1) return files[0]?.sha256 ?? '';
  return createHash('sha256')
    .update(files.map((f) => f.sha256).join(':'))
    .digest('hex');
}

/**
 * The dry run: opens the job (or returns the one this file already has in the caller's
 * scope), stages and plans the rows without touching staff, and reports. Nothing but the
 * job and its staged rows is written.
 */
export async function uploadImport(context: Context, upload: ImportUpload) {
  const sha256 = fileHash(upload);
  const opened = await runScoped(context, 'write', async (data) => {
    const { job, created } = await data.imports.jobs.open({
      kind: upload.format,
      fileName: filesOf(upload)
        .map((f) => f.name)
        .join(' + '),
      fileSha256: sha256,
      idempotencyKey: `${upload.format}:${sha256}`,
    });
    // A failed, cancelled or interrupted job wrote nothing: the same file is checked again
    // (the data may have changed). One still validating elsewhere is left to finish.
    const fresh = created || (await data.imports.jobs.restart(job.id));
    return { id: job.id, fresh };
  });
  if (opened.fresh) await validate(context, opened.id, upload);
  // From the primary: a read replica may not have the job's final state yet.
  return runScoped(context, 'write', (data) => importReport(data, opened.id));
}

async function validate(context: Context, jobId: number, upload: ImportUpload) {
  const stager = new Stager(context, jobId);
  const fileErrors = await fileLevelErrors(upload, stager);
  await runScoped(context, 'write', async (data) => {
    const job = await data.imports.jobs.byId(jobId, { lock: true });
    if (!job) throw notFound();
    // Swept as interrupted meanwhile (the sweep found it quiet too long): its report stands.
    if (job.status !== 'validating') return;
    const outcome = fileErrors.length > 0 ? fileFailure(fileErrors) : await planJob(data, job);
    await data.imports.jobs.finish(job.id, outcome);
  });
}

async function fileLevelErrors(upload: ImportUpload, stager: Stager): Promise<RowError[]> {
  const problems = filesOf(upload).flatMap((f) =>
    f.problem ? [rowError(0, f.name, f.problem)] : [],
  );
  if (problems.length > 0) return problems;
  return upload.format === 'staff_csv'
    ? parseStaffCsv(upload.file, stager)
    : parseOneRoster(upload.orgs, upload.users, stager);
}

export type { ImportFormat };
