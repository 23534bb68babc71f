import {
  byIdSchema,
  byIdsSchema,
  listParamsSchema,
  type OrgLevel,
  type Resource,
} from '@cutover/domain';
import { notFound } from '../errors';
import { scoped } from '../scoped';
import { router } from '../trpc';

/** Regions, municipalities and institutions are one table seen at one level each. */
export function orgLevelRouter(level: OrgLevel, resource: Resource) {
  return router({
    list: scoped(resource, 'list')
      .input(listParamsSchema)
      .query(({ ctx, input }) => ctx.data.orgUnits.list(level, input)),

    byId: scoped(resource, 'show')
      .input(byIdSchema)
      .query(async ({ ctx, input }) => {
        const [unit] = await ctx.data.orgUnits.byIds(level, [input.id]);
        if (!unit) throw notFound();
        const ancestors = await ctx.data.orgUnits.ancestors(unit.path.slice(0, -1));
        const counts = await ctx.data.orgUnits.subtreeCounts(unit.id);
        return { ...unit, ancestors, ...counts };
      }),

    byIds: scoped(resource, 'list')
      .input(byIdsSchema)
      .query(({ ctx, input }) => ctx.data.orgUnits.byIds(level, input.ids)),
  });
}
