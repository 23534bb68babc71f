import type { AppRouter } from '@cutover/api';
import { createTRPCClient, getUntypedClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import { forgetPrefetchedOnWrite } from './forgetOnWrite';

/**
 * POST for every call (methodOverride) keeps personal-data searches out of URLs and logs;
 * the client header lets the server tell our requests from cross-site ones.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [
    forgetPrefetchedOnWrite,
    httpBatchLink({
      url: '/trpc',
      transformer: superjson,
      methodOverride: 'POST',
      headers: { 'x-cutover-client': 'web' },
      // The server refuses batches above 20 calls (MAX_BATCH_SIZE in apps/server).
      maxItems: 20,
    }),
  ],
});

/** The same client addressed by procedure path, for the resource-generic data provider. */
export const trpcByPath = getUntypedClient(trpc);
