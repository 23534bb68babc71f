import { idSchema, isoDateSchema } from '@cutover/domain';
import { z } from 'zod';
import { dashboardBurnup } from '../dashboard/burnup';
import { dashboardChildren } from '../dashboard/children';
import { dashboardSummary } from '../dashboard/summary';
import { dashboardWorst } from '../dashboard/worst';
import { scoped } from '../scoped';
import { router } from '../trpc';

const nodeInput = z.object({ nodeId: idSchema.optional(), asOf: isoDateSchema.optional() });
const waveInput = nodeInput.extend({ waveId: idSchema });

/** What a ministry opens every morning, for the caller's subtree, live or as of a past day. */
export const dashboardRouter = router({
  summary: scoped('dashboard', 'show')
    .input(nodeInput)
    .query(({ ctx, input }) => dashboardSummary(ctx.data, input.nodeId, input.asOf)),

  children: scoped('dashboard', 'show')
    .input(waveInput)
    .query(({ ctx, input }) => dashboardChildren(ctx.data, input)),

  burnup: scoped('dashboard', 'show')
    .input(waveInput)
    .query(({ ctx, input }) => dashboardBurnup(ctx.data, input)),

  worstInstitutions: scoped('dashboard', 'show')
    .input(
      z.object({
        nodeId: idSchema.optional(),
        waveId: idSchema,
        limit: z.number().int().min(1).max(200).default(20),
        asOf: isoDateSchema.optional(),
      }),
    )
    .query(({ ctx, input }) => dashboardWorst(ctx.data, input)),
});
