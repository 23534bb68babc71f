import { prefetch } from '../providers/prefetch';
import { dashboardCalls } from './api';
import { BurnupChart, FunnelChart } from './charts';
import { Dashboard } from './index';

/**
 * The dashboard's calls as the page will make them, started at page load: the summary in
 * the same batch as `auth.me`, the selected wave's panels as soon as the summary lands (the
 * wave, the node and the date come from it, as DashboardView picks them). Mirrors
 * DashboardPage, DashboardView and WaveDetails; an input that differs is simply not taken.
 */
export function prefetchDashboard(search: string, today = new Date().toISOString().slice(0, 10)) {
  const params = readSearch(search, today);
  const input = { nodeId: params.nodeId, asOf: params.asOf };
  prefetch('dashboard.summary', input, () => dashboardCalls.summary(input)).then(
    (summary) => {
      const selected =
        summary.waves.find((row) => row.wave.id === params.waveId) ?? summary.waves[0];
      if (!selected) return;
      const asOf = summary.live ? undefined : summary.asOf;
      const panel = { nodeId: summary.node.id, waveId: selected.wave.id, asOf };
      prefetch('dashboard.burnup', panel, () => dashboardCalls.burnup(panel));
      if (summary.node.level === 'institution') return;
      prefetch('dashboard.children', panel, () => dashboardCalls.children(panel));
      if (asOf) return;
      const worst = { nodeId: panel.nodeId, waveId: panel.waveId, limit: WORST_LIMIT };
      prefetch('dashboard.worstInstitutions', worst, () => dashboardCalls.worstInstitutions(worst));
    },
    () => {},
  );
  prefetchDashboardCode();
}

/**
 * The page's code and its charts', fetched beside its data rather than one after another
 * (session check, page, data, then the lazy charts); loaded before React reaches them, they
 * render without suspending.
 */
export function prefetchDashboardCode() {
  for (const component of [Dashboard, BurnupChart, FunnelChart]) {
    component.preload().catch(() => {});
  }
}

/** How many laggards the worst-institutions panel lists (WorstPanel). */
export const WORST_LIMIT = 20;

/**
 * parseDashboardSearch without @cutover/domain, whose zod schemas would join the entry
 * bundle; prefetch.test.ts holds the two to the same answers. A differing answer would only
 * mean a prefetch nobody takes.
 */
export function readSearch(search: string, today: string) {
  const query = new URLSearchParams(search);
  const id = (name: string) => {
    const text = query.get(name) ?? '';
    const value = /^[1-9]\d{0,9}$/.test(text) ? Number(text) : 0;
    return value >= 1 && value <= 2_147_483_647 ? value : undefined;
  };
  const day = query.get('asOf') ?? '';
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  const valid = !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
  return { nodeId: id('node'), waveId: id('wave'), asOf: valid && day < today ? day : undefined };
}
