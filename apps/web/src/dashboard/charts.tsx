import Skeleton from '@mui/material/Skeleton';
import { preloadable } from '../common/preloadable';

/**
 * The charts bring recharts, most of the page's code: loaded apart, so the figures show
 * first and each chart fills its place (a skeleton of its size) when the library arrives.
 * The first screen starts loading them before React renders (prefetchDashboardCode).
 */
export const BurnupChart = preloadable(
  () => import('./BurnupChart').then((m) => m.BurnupChart),
  () => <Skeleton variant="rounded" height={320} />,
);
export const FunnelChart = preloadable(
  () => import('./FunnelChart').then((m) => m.FunnelChart),
  ({ bars }) => <Skeleton variant="rounded" height={56 + bars.length * 44} />,
);

let code: Promise<unknown> | undefined;

/** Both charts' code, loaded (or failed): what the panels below the charts wait for. */
export const chartsCode = () => {
  code ??= Promise.all([BurnupChart.preload(), FunnelChart.preload()]);
  return code;
};
