import { type Database, sweepImportJobs } from '@cutover/db';
import type { Logger } from 'pino';

/** How often roster import jobs are swept (interrupted validations, expired staged rows). */
export const IMPORT_SWEEP_MINUTES = 5;

/**
 * Sweeps roster import jobs once at start, then on a timer: validations a stopped server
 * left behind fail, uncommitted jobs past the retention period are cancelled, and staged
 * rows nothing reads again are deleted. Several instances may run it side by side.
 */
export function startImportSweeper(
  database: Database,
  logger: Logger,
  everyMinutes = IMPORT_SWEEP_MINUTES,
) {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return running;
    running = sweepImportJobs(database.db)
      .then((report) => {
        if (report.interrupted + report.cancelled + report.purged > 0)
          logger.info({ ...report }, 'import jobs swept');
      })
      .catch((err: unknown) => logger.error({ err }, 'import sweep failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  void run();
  const timer = setInterval(run, everyMinutes * 60_000);
  timer.unref();
  return {
    /** Stops the timer and waits for a sweep in progress. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
