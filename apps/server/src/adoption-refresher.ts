import { type Database, refreshAdoption } from '@cutover/db';
import { isoToday } from '@cutover/domain';
import type { Logger } from 'pino';
import { type PeriodicJobOptions, startPeriodicJob } from './periodic-job';

/**
 * Keeps rollups, today's snapshot and the forecasts fresh: once at start, then on a
 * timer. Several instances may run it; the job's own lock lets one of them work at a time.
 */
export function startAdoptionRefresher(
  database: Database,
  logger: Logger,
  everyMinutes: number,
  options: PeriodicJobOptions = {},
) {
  return startPeriodicJob(
    'adoption refresh',
    logger,
    everyMinutes,
    async () => {
      const report = await refreshAdoption(database.db, isoToday());
      if (report) logger.info({ ...report }, 'adoption figures refreshed');
    },
    options,
  );
}
