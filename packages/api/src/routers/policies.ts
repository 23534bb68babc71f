import {
  policyChangeSchema,
  policyNodeSchema,
  policyOverridesSchema,
  policyRemoveSchema,
  policySetSchema,
} from '@cutover/domain';
import { previewPolicy, removePolicy, setPolicy } from '../policies/change';
import { effectivePolicies } from '../policies/effective';
import { scoped } from '../scoped';
import { router } from '../trpc';

/** Policies that inherit down the tree, with locks and provenance. */
export const policiesRouter = router({
  effective: scoped('policies', 'show')
    .input(policyNodeSchema)
    .query(({ ctx, input }) => effectivePolicies(ctx.data, input.orgUnitId ?? ctx.scope.nodeId)),

  overrides: scoped('policies', 'list')
    .input(policyOverridesSchema)
    .query(({ ctx, input }) =>
      ctx.data.policies.below(input.orgUnitId ?? ctx.scope.nodeId, input.key),
    ),

  preview: scoped('policies', 'show')
    .input(policyChangeSchema)
    .query(({ ctx, input }) => previewPolicy(ctx.data, input)),

  set: scoped('policies', 'edit')
    .input(policySetSchema)
    .mutation(({ ctx, input }) => setPolicy(ctx.data, input)),

  remove: scoped('policies', 'delete')
    .input(policyRemoveSchema)
    .mutation(({ ctx, input }) => removePolicy(ctx.data, input)),
});
