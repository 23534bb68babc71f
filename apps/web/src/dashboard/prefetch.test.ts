import { beforeEach, describe, expect, it, vi } from 'vitest';

const summary = vi.hoisted(() => ({
  node: { id: 40, level: 'region' },
  live: true,
  asOf: '2026-05-01',
  waves: [{ wave: { id: 7 } }, { wave: { id: 8 } }],
}));
const calls = vi.hoisted(() => ({
  summary: vi.fn(async () => summary),
  burnup: vi.fn(async () => 'burnup'),
  children: vi.fn(async () => 'children'),
  worstInstitutions: vi.fn(async () => 'worst'),
}));
vi.mock('./api', () => ({ dashboardCalls: calls }));
vi.mock('./DashboardPage', () => ({}));
vi.mock('./FunnelChart', () => ({}));
vi.mock('./BurnupChart', () => ({}));

const { prefetchDashboard, readSearch, WORST_LIMIT } = await import('./prefetch');
const { parseDashboardSearch } = await import('./dashboardUrl');
const { forgetPrefetched, takePrefetched } = await import('../providers/prefetch');

beforeEach(() => {
  forgetPrefetched();
  for (const call of Object.values(calls)) call.mockClear();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the dashboard's reads at page load", () => {
  it('ask for the panels of the first wave at the node the summary names', async () => {
    prefetchDashboard('');
    expect(calls.summary).toHaveBeenCalledWith({ nodeId: undefined, asOf: undefined });
    await settle();
    const panel = { nodeId: 40, waveId: 7 };
    // Exactly what the panels will ask (their asOf is undefined for live figures).
    await expect(takePrefetched('dashboard.burnup', { ...panel, asOf: undefined })).resolves.toBe(
      'burnup',
    );
    await expect(takePrefetched('dashboard.children', panel)).resolves.toBe('children');
    await expect(
      takePrefetched('dashboard.worstInstitutions', { ...panel, limit: WORST_LIMIT }),
    ).resolves.toBe('worst');
  });

  it('follow the wave and node in the URL', async () => {
    prefetchDashboard('node=40&wave=8');
    expect(calls.summary).toHaveBeenCalledWith({ nodeId: 40, asOf: undefined });
    await settle();
    expect(calls.burnup).toHaveBeenCalledWith({ nodeId: 40, waveId: 8, asOf: undefined });
  });

  it('ask for no laggards on a past day, nor children at an institution', async () => {
    calls.summary.mockResolvedValueOnce({ ...summary, live: false });
    prefetchDashboard('asOf=2026-05-01');
    await settle();
    expect(calls.burnup).toHaveBeenCalledWith({ nodeId: 40, waveId: 7, asOf: '2026-05-01' });
    expect(calls.worstInstitutions).not.toHaveBeenCalled();

    calls.summary.mockResolvedValueOnce({ ...summary, node: { id: 41, level: 'institution' } });
    prefetchDashboard('');
    await settle();
    expect(calls.children).toHaveBeenCalledTimes(1);
  });

  it('ask nothing more when the summary is refused', async () => {
    calls.summary.mockRejectedValueOnce(new Error('unauthorized'));
    prefetchDashboard('');
    await settle();
    expect(calls.burnup).not.toHaveBeenCalled();
  });
});

describe('reading the URL at page load', () => {
  it('agrees with the page on every view, valid or not', () => {
    const today = '2026-06-15';
    const searches = [
      '',
      '?node=12',
      'node=12&wave=3&asOf=2026-05-01',
      'node=0&wave=-1',
      'node=012&wave=3.5',
      'node=99999999999&wave=2147483647',
      'node=2147483648',
      'asOf=2026-06-15',
      'asOf=2026-06-14',
      'asOf=2026-02-30',
      'asOf=1999-12-31',
      'asOf=0001-01-01',
      'asOf=garbage&node=abc',
      'node=5&node=6',
    ];
    for (const search of searches) {
      const page = parseDashboardSearch(search, today);
      const read = readSearch(search, today);
      expect({ nodeId: read.nodeId, waveId: read.waveId, asOf: read.asOf }, search).toEqual({
        nodeId: page.nodeId,
        waveId: page.waveId,
        asOf: page.asOf,
      });
    }
  });
});
