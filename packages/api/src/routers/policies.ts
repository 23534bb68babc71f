import { idSchema, policyKeys, reasonSchema as reason } from '@cutover/domain';
import { z } from 'zod';
import { previewPolicy, removePolicy, setPolicy } from '../policies/change';
import { effectivePolicies } from '../policies/effective';
import { scoped } from '../scoped';
import { router } from '../trpc';

const change = z.object({
  orgUnitId: idSchema,
  key: z.enum(policyKeys),
  value: z.unknown(),
  locked: z.boolean().default(false),
});

/** Policies that inherit down the tree, with locks and provenance. */
export const policiesRouter = router({
  effective: scoped('policies', 'show')
    .input(z.object({ orgUnitId: idSchema.optional() }))
    .query(({ ctx, input }) => effectivePolicies(ctx.data, input.orgUnitId ?? ctx.scope.nodeId)),

  overrides: scoped('policies', 'list')
    .input(z.object({ orgUnitId: idSchema.optional(), key: z.enum(policyKeys) }))
    .query(({ ctx, input }) =>
      ctx.data.policies.below(input.orgUnitId ?? ctx.scope.nodeId, input.key),
    ),

  preview: scoped('policies', 'show')
    .input(change)
    .query(({ ctx, input }) => previewPolicy(ctx.data, input)),

  set: scoped('policies', 'edit')
    .input(change.extend({ reason }))
    .mutation(({ ctx, input }) => setPolicy(ctx.data, input)),

  remove: scoped('policies', 'delete')
    .input(z.object({ orgUnitId: idSchema, key: z.enum(policyKeys), reason }))
    .mutation(({ ctx, input }) => removePolicy(ctx.data, input)),
});
