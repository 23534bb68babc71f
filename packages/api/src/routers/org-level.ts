import {
  byIdSchema,
  byIdsSchema,
  listParamsSchema,
  type OrgLevel,
  type Resource,
} from '@cutover/domain';
import { levelUnitDetail } from '../org-units/load';
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
      .query(({ ctx, input }) => levelUnitDetail(ctx.data, level, input.id)),

    byIds: scoped(resource, 'list')
      .input(byIdsSchema)
      .query(({ ctx, input }) => ctx.data.orgUnits.byIds(level, input.ids)),
  });
}
