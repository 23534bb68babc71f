import { byIdSchema } from '@cutover/domain';
import { notFound } from '../errors';
import { scoped } from '../scoped';
import { router } from '../trpc';

/** The national waves (the same for everyone; deadlines below them are per node). */
export const wavesRouter = router({
  list: scoped('waves', 'list').query(async ({ ctx }) => {
    const data = await ctx.data.adoption.waves();
    return { data, total: data.length };
  }),

  byId: scoped('waves', 'show')
    .input(byIdSchema)
    .query(async ({ ctx, input }) => {
      const wave = (await ctx.data.adoption.waves()).find((w) => w.id === input.id);
      if (!wave) throw notFound();
      return wave;
    }),
});
