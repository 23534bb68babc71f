import {
  byIdSchema,
  waveCloseSchema,
  waveCreateSchema,
  wavePreviewSchema,
  waveRescheduleSchema,
} from '@cutover/domain';
import { notFound } from '../errors';
import { scoped } from '../scoped';
import { router } from '../trpc';
import { closeWave, createWave, rescheduleWave } from '../waves/manage';
import { previewWave } from '../waves/preview';

/**
 * The national waves (the same for everyone; deadlines below them are per node). Only the
 * federal admin changes them; everyone else reads them.
 */
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

  preview: scoped('waves', 'edit')
    .input(wavePreviewSchema)
    .query(({ ctx, input }) => previewWave(ctx.data, input)),

  create: scoped('waves', 'create')
    .input(waveCreateSchema)
    .mutation(({ ctx, input }) => createWave(ctx.data, input)),

  reschedule: scoped('waves', 'edit')
    .input(waveRescheduleSchema)
    .mutation(({ ctx, input }) => rescheduleWave(ctx.data, input)),

  close: scoped('waves', 'edit')
    .input(waveCloseSchema)
    .mutation(({ ctx, input }) => closeWave(ctx.data, input)),
});
