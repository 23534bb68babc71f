import { type Database, sweepImportJobs } from '@cutover/db';
import type { Logger } from 'pino';
import { type PeriodicJobOptions, startPeriodicJob } from './periodic-job';

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
  options: PeriodicJobOptions = {},
) {
  return startPeriodicJob(
    'import sweep',
    logger,
    everyMinutes,
    async () => {
      const report = await sweepImportJobs(database.db);
      if (report.interrupted + report.cancelled + report.purged > 0) {
        logger.info({ ...report }, 'import jobs swept');
      }
    },
    options,
  );
}
