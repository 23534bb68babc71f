import type { Scope, ScopedData } from '@cutover/db';
import { z } from 'zod';
import type { Context } from '../context';
import { scoped } from '../scoped';
import { createCallerFactory, router } from '../trpc';

export type ScopedOperation<T> = (data: ScopedData, scope: Scope) => Promise<T>;

const operation = z.object({
  run: z.custom<ScopedOperation<unknown>>((value) => typeof value === 'function'),
});

/**
 * Work that arrives outside tRPC (an upload over HTTP, a streamed report) still passes
 * the one scope gate: these procedures are never mounted on the app router; they exist
 * so that such work runs behind the same session check, transaction and permission table.
 */
const gateRouter = router({
  read: scoped('imports', 'show')
    .input(operation)
    .query(({ ctx, input }) => input.run(ctx.data, ctx.scope)),
  write: scoped('imports', 'create')
    .input(operation)
    .mutation(({ ctx, input }) => input.run(ctx.data, ctx.scope)),
});
const gateCaller = createCallerFactory(gateRouter);

/**
 * Resolves the caller from the context's session and runs `run` behind the scope gate for
 * imports: one transaction, the caller's scope loaded from the database, errors mapped to
 * the application vocabulary (thrown as TRPCError).
 */
export async function runScoped<T>(
  context: Context,
  access: 'read' | 'write',
  run: ScopedOperation<T>,
): Promise<T> {
  const caller = gateCaller(context);
  const result = access === 'read' ? await caller.read({ run }) : await caller.write({ run });
  return result as T;
}
