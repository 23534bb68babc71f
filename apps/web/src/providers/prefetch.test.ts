import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  forgetPrefetched,
  prefetch,
  prefetchKey,
  prefetchReady,
  takePrefetched,
  takeReady,
} from './prefetch';

afterEach(() => {
  forgetPrefetched();
  vi.useRealTimers();
});

describe('prefetched answers', () => {
  it('key an input by its defined fields, whatever their order', () => {
    expect(prefetchKey('a.b', { waveId: 2, nodeId: 1, asOf: undefined })).toBe(
      prefetchKey('a.b', { nodeId: 1, waveId: 2 }),
    );
    expect(prefetchKey('a.b', { nodeId: 1 })).not.toBe(prefetchKey('a.b', { nodeId: 2 }));
    expect(prefetchKey('a.b', undefined)).not.toBe(prefetchKey('a.c', undefined));
  });

  it('are handed out once, to the same call only', async () => {
    const call = vi.fn(async () => 'summary');
    prefetch('dashboard.summary', { nodeId: 1 }, call);
    expect(call).toHaveBeenCalledOnce();
    expect(takePrefetched('dashboard.summary', { nodeId: 2 })).toBeUndefined();
    await expect(takePrefetched('dashboard.summary', { nodeId: 1 })).resolves.toBe('summary');
    expect(takePrefetched('dashboard.summary', { nodeId: 1 })).toBeUndefined();
  });

  it('are not handed out once stale', () => {
    vi.useFakeTimers();
    prefetch('auth.me', undefined, async () => 'me');
    vi.advanceTimersByTime(11_000);
    expect(takePrefetched('auth.me', undefined)).toBeUndefined();
  });

  it('are forgotten when they fail, so the page asks again (after signing in, say)', async () => {
    const refused = prefetch('auth.me', undefined, async () => {
      throw new Error('unauthorized');
    });
    await expect(refused).rejects.toThrow('unauthorized');
    expect(takePrefetched('auth.me', undefined)).toBeUndefined();
  });

  it('hand a failure still in flight to the caller that takes it', async () => {
    let refuse: (error: Error) => void = () => {};
    prefetch('auth.me', undefined, () => new Promise((_, reject) => (refuse = reject)));
    const taken = takePrefetched('auth.me', undefined);
    refuse(new Error('unauthorized'));
    await expect(taken).rejects.toThrow('unauthorized');
  });

  it('are all dropped on sign-in or sign-out', () => {
    prefetch('auth.me', undefined, async () => 'me');
    forgetPrefetched();
    expect(takePrefetched('auth.me', undefined)).toBeUndefined();
  });

  it('in hand from the start are handed out at once, once, to either kind of taker', async () => {
    prefetchReady('dashboard.summary', { nodeId: 1 }, 'summary');
    expect(takeReady('dashboard.summary', { nodeId: 2 })).toBeUndefined();
    expect(takeReady('dashboard.summary', { nodeId: 1 })).toEqual({ value: 'summary' });
    expect(takeReady('dashboard.summary', { nodeId: 1 })).toBeUndefined();
    expect(takePrefetched('dashboard.summary', { nodeId: 1 })).toBeUndefined();
    prefetchReady('auth.me', undefined, 'me');
    await expect(takePrefetched('auth.me', undefined)).resolves.toBe('me');
    expect(takeReady('auth.me', undefined)).toBeUndefined();
  });

  it('still on their way are left to the taker that can wait', async () => {
    prefetch('dashboard.burnup', { waveId: 2 }, async () => 'burnup');
    expect(takeReady('dashboard.burnup', { waveId: 2 })).toBeUndefined();
    await expect(takePrefetched('dashboard.burnup', { waveId: 2 })).resolves.toBe('burnup');
  });

  it('in hand are not handed out once stale either', () => {
    vi.useFakeTimers();
    prefetchReady('auth.me', undefined, 'me');
    vi.advanceTimersByTime(11_000);
    expect(takeReady('auth.me', undefined)).toBeUndefined();
  });
});
