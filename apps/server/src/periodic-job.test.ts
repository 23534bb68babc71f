import type { Logger } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodic-job';

const logger = () => {
  const error = vi.fn();
  return { logger: { error } as unknown as Logger, error };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('startPeriodicJob', () => {
  it('runs at once, then every interval, never two runs at a time', async () => {
    vi.useFakeTimers();
    let release: () => void = () => {};
    const work = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const job = startPeriodicJob('test', logger().logger, 1, work);
    expect(work).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(work).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(work).toHaveBeenCalledTimes(2);
    release();
    await job.stop();
  });

  it('logs a failed run and tries again at the next tick', async () => {
    vi.useFakeTimers();
    const { logger: log, error } = logger();
    const work = vi.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(undefined);
    const job = startPeriodicJob('sweep', log, 1, work);
    await vi.advanceTimersByTimeAsync(0);
    expect(error).toHaveBeenCalledWith({ err: expect.any(Error) }, 'sweep failed');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(work).toHaveBeenCalledTimes(2);
    await job.stop();
  });

  it('stops the timer and waits for the run in progress', async () => {
    let finished = false;
    const job = startPeriodicJob('test', logger().logger, 1, async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished = true;
    });
    await job.stop();
    expect(finished).toBe(true);
  });
});
