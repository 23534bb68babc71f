import { byIdSchema, byIdsSchema, listParamsSchema } from '@cutover/domain';
import { notFound } from '../errors';
import { scoped } from '../scoped';
import { router } from '../trpc';

export const auditLogRouter = router({
  list: scoped('auditLog', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.auditLog.list(input)),

  byId: scoped('auditLog', 'show')
    .input(byIdSchema)
    .query(async ({ ctx, input }) => {
      const [entry] = await ctx.data.auditLog.byIds([input.id]);
      if (!entry) throw notFound();
      return entry;
    }),

  byIds: scoped('auditLog', 'list')
    .input(byIdsSchema)
    .query(({ ctx, input }) => ctx.data.auditLog.byIds(input.ids)),
});
