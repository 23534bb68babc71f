import { type ApiDeps, runPendingExports, sweepExports } from '@cutover/api';
import type { Logger } from 'pino';
import { type PeriodicJob, type PeriodicJobOptions, startPeriodicJob } from './periodic-job';

/** How often the runner looks for queued exports (they are rows in export_jobs). */
export const EXPORT_POLL_SECONDS = 2;
/** How often interrupted exports fail and expired files are deleted. */
export const EXPORT_SWEEP_MINUTES = 5;

/**
 * Runs queued exports in the background, one at a time per instance; several instances
 * share the queue (a job is claimed with SKIP LOCKED). Sweeps on its own slower timer.
 */
export function startExportRunner(
  deps: ApiDeps,
  logger: Logger,
  { observe, lease }: PeriodicJobOptions = {},
): PeriodicJob {
  // Every instance polls the queue: a claim is per job, not per period.
  const runner = startPeriodicJob(
    'export runner',
    logger,
    EXPORT_POLL_SECONDS / 60,
    async () => {
      await runPendingExports(deps);
    },
    { observe },
  );
  const sweeper = startPeriodicJob(
    'export sweep',
    logger,
    EXPORT_SWEEP_MINUTES,
    async () => {
      const report = await sweepExports(deps);
      if (report.interrupted + report.expired > 0) logger.info(report, 'exports swept');
    },
    { observe, lease },
  );
  return {
    async stop() {
      await runner.stop();
      await sweeper.stop();
    },
  };
}
