import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({
  me: vi.fn(async () => ({ id: 1 })),
  dashboard: vi.fn(),
  code: vi.fn(),
}));
vi.mock('./providers/authApi', () => ({ fetchMe: calls.me }));
vi.mock('./dashboard/prefetch', () => ({
  prefetchDashboard: calls.dashboard,
  prefetchDashboardCode: calls.code,
}));

const { prefetchFirstScreen, readInlinedAnswers } = await import('./firstScreen');
const superjson = (await import('superjson')).default;
const { takePrefetched, takeReady, forgetPrefetched } = await import('./providers/prefetch');

beforeEach(() => {
  forgetPrefetched();
  calls.me.mockClear();
  calls.dashboard.mockClear();
  calls.code.mockClear();
});

// What the server writes for a signed-in page load (apps/server/src/routes/first-screen.ts).
const computedAt = new Date('2026-12-01T10:00:00Z');
const inlined = [
  { path: 'auth.me', answer: superjson.serialize({ id: 7 }) },
  { path: 'dashboard.summary', input: {}, answer: superjson.serialize({ computedAt }) },
  {
    path: 'dashboard.burnup',
    input: { nodeId: 1, waveId: 2 },
    answer: superjson.serialize({ points: [] }),
  },
];

describe('the first screen', () => {
  it('asks who is signed in on every page', async () => {
    prefetchFirstScreen({ hash: '#/staff?page=2' });
    expect(calls.me).toHaveBeenCalledOnce();
    await expect(takePrefetched('auth.me', undefined)).resolves.toEqual({ id: 1 });
    expect(calls.dashboard).not.toHaveBeenCalled();
  });

  it("starts the dashboard's reads on the dashboard, with the view in the URL", () => {
    prefetchFirstScreen({ hash: '' });
    prefetchFirstScreen({ hash: '#/' });
    prefetchFirstScreen({ hash: '#/?node=12&wave=3' });
    expect(calls.dashboard.mock.calls).toEqual([[''], [''], ['node=12&wave=3']]);
  });

  it('hands out what the page carried instead of asking, dates and all', async () => {
    prefetchFirstScreen({ hash: '#/' }, inlined);
    expect(calls.me).not.toHaveBeenCalled();
    expect(calls.dashboard).not.toHaveBeenCalled();
    expect(calls.code).toHaveBeenCalledOnce();
    await expect(takePrefetched('auth.me', undefined)).resolves.toEqual({ id: 7 });
    await expect(
      takePrefetched('dashboard.summary', { nodeId: undefined, asOf: undefined }),
    ).resolves.toEqual({ computedAt });
    await expect(takePrefetched('dashboard.burnup', { waveId: 2, nodeId: 1 })).resolves.toEqual({
      points: [],
    });
  });

  it('hands them to the first render, without a promise tick', () => {
    prefetchFirstScreen({ hash: '#/' }, inlined);
    expect(takeReady('dashboard.summary', {})).toEqual({ value: { computedAt } });
    expect(takeReady('dashboard.burnup', { nodeId: 1, waveId: 2 })).toEqual({
      value: { points: [] },
    });
  });

  it('asks the server for an answer the page carried that does not read as one', async () => {
    // As the block arrives: JSON, typed by nobody.
    const unreadable = JSON.parse('{"json":1,"meta":{"values":["no-such-type"]}}');
    prefetchFirstScreen({ hash: '#/staff' }, [{ path: 'auth.me', answer: unreadable }]);
    expect(calls.me).toHaveBeenCalledOnce();
    await expect(takePrefetched('auth.me', undefined)).resolves.toEqual({ id: 1 });
  });

  it("asks for a dashboard view the page did not carry, and keeps only the user's answer", () => {
    prefetchFirstScreen({ hash: '#/?node=12' }, inlined);
    expect(calls.me).not.toHaveBeenCalled();
    expect(calls.dashboard.mock.calls).toEqual([['node=12']]);
    expect(takePrefetched('dashboard.burnup', { nodeId: 1, waveId: 2 })).toBeUndefined();
  });

  it('reads the data block once and ignores one that is not the answers', () => {
    const block = (text: string) => {
      const element = { textContent: text, remove: vi.fn() };
      return { element, doc: { getElementById: () => element as unknown as HTMLElement } };
    };
    const good = block(JSON.stringify(inlined));
    expect(readInlinedAnswers(good.doc)).toHaveLength(3);
    expect(good.element.remove).toHaveBeenCalledOnce();
    expect(readInlinedAnswers(block('{"path":1}').doc)).toEqual([]);
    expect(readInlinedAnswers(block('not json').doc)).toEqual([]);
    expect(readInlinedAnswers(undefined)).toEqual([]);
  });
});
