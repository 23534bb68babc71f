import type { Logger } from 'pino';
import type { JobObserver } from './metrics/metrics';

export interface PeriodicJob {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Decides whether this instance runs this period: true for exactly one of the instances
 * sharing a database (see job-lease.ts). Without one every run proceeds.
 */
export type JobLease = (job: string, everyMs: number) => Promise<boolean>;

export interface PeriodicJobOptions {
  observe?: JobObserver | undefined;
  lease?: JobLease | undefined;
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
  { observe, lease }: PeriodicJobOptions = {},
): PeriodicJob {
  const everyMs = everyMinutes * 60_000;
  let running: Promise<void> | null = null;
  const once = async () => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      if (lease && !(await lease(name, everyMs))) {
        observe?.(name, 'skipped', seconds());
        return;
      }
      await work();
      observe?.(name, 'ok', seconds());
    } catch (err) {
      observe?.(name, 'failed', seconds());
      logger.error({ err }, `${name} failed`);
    }
  };
  const run = () => {
    if (running) return running;
    running = once().finally(() => {
      running = null;
    });
    return running;
  };
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
