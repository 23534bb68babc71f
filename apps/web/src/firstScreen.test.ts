import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ me: vi.fn(async () => ({ id: 1 })), dashboard: vi.fn() }));
vi.mock('./providers/authApi', () => ({ fetchMe: calls.me }));
vi.mock('./dashboard/prefetch', () => ({ prefetchDashboard: calls.dashboard }));

const { prefetchFirstScreen } = await import('./firstScreen');
const { takePrefetched, forgetPrefetched } = await import('./providers/prefetch');

beforeEach(() => {
  forgetPrefetched();
  calls.me.mockClear();
  calls.dashboard.mockClear();
});

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
});
