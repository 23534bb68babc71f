import type { AppRouter } from '@cutover/api';
import type { TRPCLink } from '@trpc/client';
import { forgetPrefetched } from './prefetch';

/**
 * Any write makes the first screen's prefetched answers stale: a page left before it took
 * its answer (the dashboard, say) must not show the figures from before the change.
 */
export const forgetPrefetchedOnWrite: TRPCLink<AppRouter> =
  () =>
  ({ op, next }) => {
    if (op.type === 'mutation') forgetPrefetched();
    return next(op);
  };
