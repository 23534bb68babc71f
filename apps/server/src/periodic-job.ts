import type { Logger } from 'pino';

export interface PeriodicJob {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `work` once now, then every `everyMinutes`, never two runs at once in this process.
 * A failure is logged and the next tick tries again; the timer never keeps the process up.
 */
export function startPeriodicJob(
  name: string,
  logger: Logger,
  everyMinutes: number,
  work: () => Promise<void>,
): PeriodicJob {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return running;
    running = work()
      .catch((err: unknown) => logger.error({ err }, `${name} failed`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  void run();
  const timer = setInterval(run, everyMinutes * 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
