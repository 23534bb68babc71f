import {
  byIdSchema,
  byIdsSchema,
  idSchema,
  isoDateSchema,
  listParamsSchema,
  reasonSchema,
} from '@cutover/domain';
import { z } from 'zod';
import { removeDeadline, setDeadline } from '../deadlines/set-deadline';
import { notFound } from '../errors';
import { scoped } from '../scoped';
import { router } from '../trpc';

const deadlineInput = z.object({
  orgUnitId: idSchema,
  waveId: idSchema,
  deadline: isoDateSchema,
  reason: reasonSchema,
});

export const deadlinesRouter = router({
  list: scoped('deadlines', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.deadlines.list(input)),

  byId: scoped('deadlines', 'show')
    .input(byIdSchema)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.data.deadlines.byIds([input.id]);
      if (!row) throw notFound();
      return row;
    }),

  byIds: scoped('deadlines', 'list')
    .input(byIdsSchema)
    .query(({ ctx, input }) => ctx.data.deadlines.byIds(input.ids)),

  create: scoped('deadlines', 'create')
    .input(deadlineInput)
    .mutation(({ ctx, input }) => setDeadline(ctx.data, input)),

  delete: scoped('deadlines', 'delete')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => removeDeadline(ctx.data, input.id)),
});
