import { byIdSchema, importCommitSchema, listParamsSchema } from '@cutover/domain';
import { commitImport } from '../imports/commit';
import { importReport } from '../imports/report';
import { scoped } from '../scoped';
import { router } from '../trpc';

/**
 * Roster imports. Uploads arrive over HTTP (`POST /api/imports`) and are validated as a
 * dry run; here the jobs are listed, read with their report, and committed.
 */
export const importsRouter = router({
  list: scoped('imports', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.imports.jobs.list(input)),

  byId: scoped('imports', 'show')
    .input(byIdSchema)
    .query(({ ctx, input }) => importReport(ctx.data, input.id)),

  /** All or nothing, in this procedure's transaction; committing a committed job is a no-op. */
  commit: scoped('imports', 'edit')
    .input(importCommitSchema)
    .mutation(({ ctx, input }) => commitImport(ctx.data, input)),
});
