import {
  byIdSchema,
  idSchema,
  institutionMergeSchema,
  orgUnitCloseSchema,
  orgUnitCreateSchema,
  orgUnitMoveSchema,
  orgUnitUpdateSchema,
  textSchema,
} from '@cutover/domain';
import { z } from 'zod';
import { closeOrgUnit, mergeInstitution } from '../hierarchy/close';
import { createOrgUnit } from '../hierarchy/create';
import { visibleNode } from '../hierarchy/load';
import { moveOrgUnit } from '../hierarchy/move';
import { updateOrgUnit } from '../hierarchy/update';
import { scoped } from '../scoped';
import { router } from '../trpc';

/** The hierarchy as one tree, whatever the level: browsing and every structural change. */
export const orgUnitsRouter = router({
  children: scoped('orgUnits', 'list')
    .input(z.object({ parentId: idSchema.nullable() }))
    .query(({ ctx, input }) => ctx.data.orgUnits.children(input.parentId)),

  search: scoped('orgUnits', 'list')
    .input(
      z.object({
        q: textSchema({ min: 2, max: 100 }),
        limit: z.number().int().min(1).max(100).default(30),
      }),
    )
    .query(({ ctx, input }) => ctx.data.orgUnits.search(input.q, input.limit)),

  byId: scoped('orgUnits', 'show')
    .input(byIdSchema)
    .query(async ({ ctx, input }) => {
      const node = await visibleNode(ctx.data, input.id);
      const ancestors = await ctx.data.orgUnits.ancestors(node.path.slice(0, -1));
      return { ...node, ancestors };
    }),

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
