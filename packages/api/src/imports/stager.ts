import type { StagedRow } from '@cutover/domain';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { runScoped } from './gate';

export const STAGE_BATCH_ROWS = 10_000;

/**
 * Collects parsed rows and stages them a batch at a time, each batch in its own short
 * transaction (PGlite serves nobody else during one) that also records the progress.
 * One batch is written while the next is parsed; never more, so memory stays flat.
 */
export class Stager {
  private batch: StagedRow[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: Context,
    private readonly jobId: number,
  ) {}

  async add(row: StagedRow, done: number) {
    this.batch.push(row);
    if (this.batch.length >= STAGE_BATCH_ROWS) await this.send(done);
  }

  /** Writes what is left and waits for every batch. */
  async flush(done: number) {
    await this.send(done);
    await this.writing;
  }

  private async send(done: number) {
    await this.writing;
    const rows = this.batch;
    this.batch = [];
    this.writing = this.write(rows, done);
    // Failures surface at the next await of `writing`, not as an unhandled rejection.
    this.writing.catch(() => {});
  }

  private write(rows: readonly StagedRow[], done: number) {
    // Parsing is 90% of the work; planning takes the rest.
    const progress = Math.min(90, Math.round(done * 90));
    return runScoped(this.context, 'write', async (data) => {
      const job = await data.imports.jobs.byId(this.jobId);
      if (!job) throw notFound();
      // Swept as interrupted meanwhile: staging more would only leave rows nobody reads.
      if (job.status !== 'validating') throw new AppError('CONFLICT', 'imports.errors.interrupted');
      await data.imports.stage(job, rows);
      await data.imports.jobs.setProgress(job.id, progress);
    });
  }
}
