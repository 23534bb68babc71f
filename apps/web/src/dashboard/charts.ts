import { lazy } from 'react';

/**
 * The charts bring recharts, most of the page's code: loaded apart, so the figures show
 * first and each chart fills its place (behind a skeleton) when the library arrives.
 */
export const BurnupChart = lazy(() =>
  import('./BurnupChart').then((m) => ({ default: m.BurnupChart })),
);
export const FunnelChart = lazy(() =>
  import('./FunnelChart').then((m) => ({ default: m.FunnelChart })),
);
