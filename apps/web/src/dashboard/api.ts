import type { Fetcher } from '../common/useApiQuery';
import { takePrefetched, takeReady } from '../providers/prefetch';
import { trpc } from '../providers/trpcClient';
import type { DashboardInputs } from './types';

type Dashboard = typeof trpc.dashboard;
type Procedure = keyof Dashboard;

/** The call itself, without the signal: what the page load prefetches (./prefetch.ts). */
export const dashboardCalls = {
  summary: (input: DashboardInputs['summary'], signal?: AbortSignal) =>
    trpc.dashboard.summary.query(input, { signal }),
  children: (input: DashboardInputs['children'], signal?: AbortSignal) =>
    trpc.dashboard.children.query(input, { signal }),
  burnup: (input: DashboardInputs['burnup'], signal?: AbortSignal) =>
    trpc.dashboard.burnup.query(input, { signal }),
  worstInstitutions: (input: DashboardInputs['worstInstitutions'], signal?: AbortSignal) =>
    trpc.dashboard.worstInstitutions.query(input, { signal }),
} satisfies Record<Procedure, unknown>;

/** A fetcher that takes the page load's answer for the same input when there is one. */
const fetcher =
  <I, O>(procedure: Procedure, call: (input: I, signal?: AbortSignal) => Promise<O>) =>
  (input: I): Fetcher<O> =>
    Object.assign(
      (signal: AbortSignal) =>
        takePrefetched<O>(`dashboard.${procedure}`, input) ?? call(input, signal),
      { ready: () => takeReady<O>(`dashboard.${procedure}`, input) },
    );

/** Fetchers for useApiQuery: memoise each on its inputs (`useMemo(() => api.x(input), [...])`). */
export const dashboardApi = {
  summary: fetcher('summary', dashboardCalls.summary),
  children: fetcher('children', dashboardCalls.children),
  burnup: fetcher('burnup', dashboardCalls.burnup),
  worstInstitutions: fetcher('worstInstitutions', dashboardCalls.worstInstitutions),
};
