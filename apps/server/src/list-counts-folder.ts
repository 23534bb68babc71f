import { type Database, foldListCounts } from '@cutover/db';
import type { Logger } from 'pino';
import { type PeriodicJobOptions, startPeriodicJob } from './periodic-job';

/**
 * Merges the lists' counter deltas (list_counts) every few minutes, so a country total
 * sums one row per region, municipality and status however many writes came since.
 * Totals are exact without it; it only keeps them cheap to read.
 */
export function startListCountsFolder(
  database: Database,
  logger: Logger,
  everyMinutes = 5,
  options: PeriodicJobOptions = {},
) {
  return startPeriodicJob(
    'list counts fold',
    logger,
    everyMinutes,
    async () => {
      const folded = await foldListCounts(database.db);
      if (folded > 0) logger.debug({ folded }, 'list counts folded');
    },
    options,
  );
}
