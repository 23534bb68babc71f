import type { StagedRow } from '@cutover/domain';
import type { Context } from '../context';
import { notFound } from '../errors';
import { runScoped } from './gate';

export const STAGE_BATCH_ROWS = 5_000;

/**
 * Collects parsed rows and stages them a batch at a time, each batch in its own short
 * transaction (PGlite serves nobody else during one) that also records the progress.
 */
export class Stager {
  private batch: StagedRow[] = [];
  staged = 0;

  constructor(
    private readonly context: Context,
    private readonly jobId: number,
  ) {}

  async add(row: StagedRow, done: number) {
    this.batch.push(row);
    if (this.batch.length >= STAGE_BATCH_ROWS) await this.flush(done);
  }

  async flush(done: number) {
    const rows = this.batch;
    this.batch = [];
    this.staged += rows.length;
    // Parsing is 90% of the work; planning takes the rest.
    const progress = Math.min(90, Math.round(done * 90));
    await runScoped(this.context, 'write', async (data) => {
      const job = await data.imports.jobs.byId(this.jobId);
      if (!job) throw notFound();
      await data.imports.stage(job, rows);
      await data.imports.jobs.setProgress(job.id, progress);
    });
  }
}
