import { byIdSchema, savedFilterCreateSchema, savedFilterListSchema } from '@cutover/domain';
import { createSavedFilter, deleteSavedFilter } from '../saved-filters/change';
import { scopedProcedure } from '../scoped';
import { router } from '../trpc';

/** Every signed-in role may keep its own filters: the rows are the caller's, never another's. */
const own = scopedProcedure.meta({ self: true });

export const savedFiltersRouter = router({
  list: own
    .input(savedFilterListSchema)
    .query(({ ctx, input }) => ctx.data.savedFilters.list(input.resource)),

  create: own
    .input(savedFilterCreateSchema)
    .mutation(({ ctx, input }) => createSavedFilter(ctx.data, ctx.scope, input)),

  delete: own
    .input(byIdSchema)
    .mutation(({ ctx, input }) => deleteSavedFilter(ctx.data, ctx.scope, input.id)),
});
