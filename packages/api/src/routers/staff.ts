import { byIdSchema, byIdsSchema, listParamsSchema } from '@cutover/domain';
import { notFound } from '../errors';
import { scoped } from '../scoped';
import { router } from '../trpc';

export const staffRouter = router({
  list: scoped('staff', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.staff.list(input)),

  byId: scoped('staff', 'show')
    .input(byIdSchema)
    .query(async ({ ctx, input }) => {
      const [person] = await ctx.data.staff.byIds([input.id]);
      if (!person) throw notFound();
      return person;
    }),

  byIds: scoped('staff', 'list')
    .input(byIdsSchema)
    .query(({ ctx, input }) => ctx.data.staff.byIds(input.ids)),
});
