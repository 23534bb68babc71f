import { byIdSchema, byIdsSchema, listParamsSchema } from '@cutover/domain';
import { onlyRow } from '../errors';
import { scoped } from '../scoped';
import { router } from '../trpc';

export const auditLogRouter = router({
  list: scoped('auditLog', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.auditLog.list(input)),

  byId: scoped('auditLog', 'show')
    .input(byIdSchema)
    .query(({ ctx, input }) => onlyRow(ctx.data.auditLog.byIds([input.id]))),

  byIds: scoped('auditLog', 'list')
    .input(byIdsSchema)
    .query(({ ctx, input }) => ctx.data.auditLog.byIds(input.ids)),
});
