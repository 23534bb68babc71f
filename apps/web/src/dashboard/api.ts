import { trpc } from '../providers/trpcClient';
import type { DashboardInputs } from './types';

/** Fetchers for useApiQuery: memoise each on its inputs (`useMemo(() => api.x(input), [...])`). */
export const dashboardApi = {
  summary: (input: DashboardInputs['summary']) => (signal: AbortSignal) =>
    trpc.dashboard.summary.query(input, { signal }),
  children: (input: DashboardInputs['children']) => (signal: AbortSignal) =>
    trpc.dashboard.children.query(input, { signal }),
  burnup: (input: DashboardInputs['burnup']) => (signal: AbortSignal) =>
    trpc.dashboard.burnup.query(input, { signal }),
  worstInstitutions: (input: DashboardInputs['worstInstitutions']) => (signal: AbortSignal) =>
    trpc.dashboard.worstInstitutions.query(input, { signal }),
};
