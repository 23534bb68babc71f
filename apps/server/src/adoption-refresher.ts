import { type Database, refreshAdoption } from '@cutover/db';
import type { Logger } from 'pino';

/**
 * Keeps rollups, today's snapshot and the forecasts fresh: once at start, then on a
 * timer. Several instances may run it; the job's own lock lets one of them work at a time.
 */
export function startAdoptionRefresher(database: Database, logger: Logger, everyMinutes: number) {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return running;
    const day = new Date().toISOString().slice(0, 10);
    running = refreshAdoption(database.db, day)
      .then((report) => {
        if (report) logger.info({ ...report }, 'adoption figures refreshed');
      })
      .catch((err: unknown) => logger.error({ err }, 'adoption refresh failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  void run();
  const timer = setInterval(run, everyMinutes * 60_000);
  timer.unref();
  return {
    /** Stops the timer and waits for a refresh in progress. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
