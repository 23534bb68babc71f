import type { Operation } from '@trpc/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetPrefetchedOnWrite } from './forgetOnWrite';
import { forgetPrefetched, prefetch, takePrefetched } from './prefetch';

afterEach(() => forgetPrefetched());

function send(type: Operation['type']) {
  const next = vi.fn(() => 'passed on');
  const link = forgetPrefetchedOnWrite({} as never);
  const op = { type, path: 'waves.reschedule', input: {}, id: 1, context: {} } as Operation;
  const result = link({ op, next: next as never });
  return { next, result };
}

describe('prefetched answers and writes', () => {
  it('a write drops every prefetched answer, then goes on to the server', () => {
    prefetch('dashboard.summary', { nodeId: 1 }, async () => 'before the change');
    const { next, result } = send('mutation');
    expect(next).toHaveBeenCalledOnce();
    expect(result).toBe('passed on');
    expect(takePrefetched('dashboard.summary', { nodeId: 1 })).toBeUndefined();
  });

  it('a read leaves them for the page that asked first', async () => {
    prefetch('dashboard.summary', { nodeId: 1 }, async () => 'summary');
    send('query');
    await expect(takePrefetched('dashboard.summary', { nodeId: 1 })).resolves.toBe('summary');
  });
});
