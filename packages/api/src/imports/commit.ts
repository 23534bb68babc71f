import type { ScopedData } from '@cutover/db';
import { AppError, notFound } from '../errors';
import { planJob } from './plan';
import { importReport } from './report';

/**
 * Applies a validated (or, with `confirm`, a held) job in the caller's transaction, all or
 * nothing. The plan is made again against the data as it is now: new errors or a newly
 * crossed threshold stop the commit and are reported on the job instead.
 */
export async function commitImport(data: ScopedData, input: { id: number; confirm: boolean }) {
  const job = await data.imports.jobs.byId(input.id, { lock: true });
  if (!job) throw notFound();
  if (job.status === 'succeeded') return importReport(data, job.id);
  if (job.status !== 'validated' && job.status !== 'held') {
    throw new AppError('CONFLICT', 'imports.errors.not_committable');
  }
  const plan = await planJob(data, job, true);
  if (plan.status === 'failed' || (plan.status === 'held' && !input.confirm)) {
    await data.imports.jobs.finish(job.id, plan);
    return importReport(data, job.id);
  }
  const applied = await data.imports.apply(job);
  const { counts } = plan;
  if (
    applied.create !== counts.create ||
    applied.update !== counts.update ||
    applied.deactivate !== counts.deactivate
  ) {
    throw new AppError('CONFLICT', 'imports.errors.changed_during_commit');
  }
  await data.imports.jobs.finish(job.id, { status: 'succeeded', counts, rowErrors: [] });
  await data.audit({
    action: 'import.commit',
    entityType: 'importJob',
    entityId: job.id,
    orgPath: job.scopePath,
    after: {
      kind: job.kind,
      fileName: job.fileName,
      fileSha256: job.fileSha256,
      counts,
      confirmedHold: plan.status === 'held',
    },
  });
  return importReport(data, job.id);
}
