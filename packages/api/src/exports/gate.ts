import type { Scope, ScopedData } from '@cutover/db';
import { can, type ExportKind, exportKinds, resourcesOf } from '@cutover/domain';
import { z } from 'zod';
import type { Context } from '../context';
import { forbidden } from '../errors';
import { scoped } from '../scoped';
import { createCallerFactory, router } from '../trpc';

/**
 * The one export gate, on top of the scope gate's `exports` permission: the report's own
 * resource must be listable by the requester's role, so an export never shows what the
 * matching list would not. Checked when a job is created, run, and downloaded.
 */
export function assertReportAllowed(scope: Pick<Scope, 'role'>, report: string): ExportKind {
  const known = exportKinds.find((r) => r === report);
  if (!known || !resourcesOf(known).every((resource) => can(scope.role, resource, 'list'))) {
    throw forbidden();
  }
  return known;
}

type Operation<T> = (data: ScopedData, scope: Scope) => Promise<T>;
const operation = z.object({
  run: z.custom<Operation<unknown>>((value) => typeof value === 'function'),
});

/**
 * Downloads arrive over HTTP, outside tRPC; they still pass the scope gate (session,
 * transaction, scope from the database) under the exports permission, never the imports one.
 * Never mounted on the app router.
 */
const gateRouter = router({
  show: scoped('exports', 'show')
    .input(operation)
    .query(({ ctx, input }) => input.run(ctx.data, ctx.scope)),
});
const gateCaller = createCallerFactory(gateRouter);

export async function runExportRead<T>(context: Context, run: Operation<T>): Promise<T> {
  return (await gateCaller(context).show({ run })) as T;
}
