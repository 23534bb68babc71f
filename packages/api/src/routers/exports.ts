import { byIdSchema, exportRequestSchema, listParamsSchema } from '@cutover/domain';
import { createExport, exportById } from '../exports/create';
import { scoped } from '../scoped';
import { router } from '../trpc';

/**
 * Report exports. A job is queued here and written by the server's export runner; the file
 * and its manifest download over HTTP (`GET /api/exports/:id/file`, `/manifest.json`).
 */
export const exportsRouter = router({
  create: scoped('exports', 'create')
    .input(exportRequestSchema)
    .mutation(({ ctx, input }) => createExport(ctx.data, ctx.scope, input, ctx.request)),

  byId: scoped('exports', 'show')
    .input(byIdSchema)
    .query(({ ctx, input }) => exportById(ctx.data, ctx.scope, input.id)),

  list: scoped('exports', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.exports.list(input)),
});
