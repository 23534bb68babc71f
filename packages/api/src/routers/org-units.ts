import {
  byIdSchema,
  institutionMergeSchema,
  orgUnitChildrenSchema,
  orgUnitCloseSchema,
  orgUnitCreateSchema,
  orgUnitMoveSchema,
  orgUnitSearchSchema,
  orgUnitUpdateSchema,
} from '@cutover/domain';
import { closeOrgUnit, mergeInstitution } from '../org-units/close';
import { createOrgUnit } from '../org-units/create';
import { nodeWithAncestors } from '../org-units/load';
import { moveOrgUnit } from '../org-units/move';
import { updateOrgUnit } from '../org-units/update';
import { scoped } from '../scoped';
import { router } from '../trpc';

/** The hierarchy as one tree, whatever the level: browsing and every structural change. */
export const orgUnitsRouter = router({
  children: scoped('orgUnits', 'list')
    .input(orgUnitChildrenSchema)
    .query(({ ctx, input }) => ctx.data.orgUnits.children(input.parentId)),

  search: scoped('orgUnits', 'list')
    .input(orgUnitSearchSchema)
    .query(({ ctx, input }) => ctx.data.orgUnits.search(input.q, input.limit)),

  byId: scoped('orgUnits', 'show')
    .input(byIdSchema)
    .query(({ ctx, input }) => nodeWithAncestors(ctx.data, input.id)),

  create: scoped('orgUnits', 'create')
    .input(orgUnitCreateSchema)
    .mutation(({ ctx, input }) => createOrgUnit(ctx.data, input)),

  update: scoped('orgUnits', 'edit')
    .input(orgUnitUpdateSchema)
    .mutation(({ ctx, input }) => updateOrgUnit(ctx.data, input)),

  move: scoped('orgUnits', 'edit')
    .input(orgUnitMoveSchema)
    .mutation(({ ctx, input }) => moveOrgUnit(ctx.data, input)),

  close: scoped('orgUnits', 'edit')
    .input(orgUnitCloseSchema)
    .mutation(({ ctx, input }) => closeOrgUnit(ctx.data, input)),

  merge: scoped('orgUnits', 'edit')
    .input(institutionMergeSchema)
    .mutation(({ ctx, input }) => mergeInstitution(ctx.data, input)),
});
