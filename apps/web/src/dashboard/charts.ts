import { preloadable } from '../common/preloadable';

/**
 * The charts bring recharts, most of the page's code: loaded apart, so the figures show
 * first and each chart fills its place (behind a skeleton) when the library arrives. The
 * first screen starts loading them before React renders (prefetchDashboardCode).
 */
export const BurnupChart = preloadable(() => import('./BurnupChart').then((m) => m.BurnupChart));
export const FunnelChart = preloadable(() => import('./FunnelChart').then((m) => m.FunnelChart));
