import { idSchema, resources, savedFilterSchema, textSchema } from '@cutover/domain';
import { z } from 'zod';
import { invalid, notFound } from '../errors';
import { scopedProcedure } from '../scoped';
import { router } from '../trpc';

/** Every signed-in role may keep its own filters: the rows are the caller's, never another's. */
const own = scopedProcedure.meta({ self: true });
const resource = z.enum(resources);

/**
 * What the audit log keeps of a saved filter. Everyone who reads the log in the owner's scope
 * sees the entry, but the filter itself is private to its owner (there are no shared
 * filters): the entry says which filter it was, never its name or contents.
 */
function auditedFilter(saved: { resource: string }) {
  return { resource: saved.resource, visibility: 'private' as const };
}

export const savedFiltersRouter = router({
  list: own
    .input(z.object({ resource }))
    .query(({ ctx, input }) => ctx.data.savedFilters.list(input.resource)),

  create: own
    .input(
      z.object({
        resource,
        name: textSchema({ min: 1, max: 100 }),
        filter: savedFilterSchema,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const saved = await ctx.data.savedFilters.create(input.resource, input.name, input.filter);
      if (!saved) throw invalid({ name: 'errors.duplicate' }, 'errors.duplicate');
      await ctx.data.audit({
        action: 'saved_filter.create',
        entityType: 'savedFilter',
        entityId: saved.id,
        orgPath: ctx.scope.path,
        after: auditedFilter(saved),
      });
      return saved;
    }),

  delete: own.input(z.object({ id: idSchema })).mutation(async ({ ctx, input }) => {
    const deleted = await ctx.data.savedFilters.delete(input.id);
    if (!deleted) throw notFound();
    await ctx.data.audit({
      action: 'saved_filter.delete',
      entityType: 'savedFilter',
      entityId: deleted.id,
      orgPath: ctx.scope.path,
      before: auditedFilter(deleted),
    });
    return deleted;
  }),
});
