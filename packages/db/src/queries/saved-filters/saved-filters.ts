import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../client';
import { savedFilters } from '../../schema/index';
import type { Scope } from '../scope';

const columns = {
  id: savedFilters.id,
  resource: savedFilters.resource,
  name: savedFilters.name,
  filter: savedFilters.filter,
  createdAt: savedFilters.createdAt,
};

/** Always the caller's own rows: the user id comes from the scope, never from the input. */
export function savedFilterQueries(db: Executor, scope: Scope) {
  const own = eq(savedFilters.userId, scope.userId);
  return {
    list(resource: string) {
      return db
        .select(columns)
        .from(savedFilters)
        .where(and(own, eq(savedFilters.resource, resource)))
        .orderBy(asc(savedFilters.name), asc(savedFilters.id));
    },

    /** Null when the caller already has a filter of that name for the resource. */
    async create(resource: string, name: string, filter: Record<string, unknown>) {
      const [row] = await db
        .insert(savedFilters)
        .values({ userId: scope.userId, resource, name, filter })
        .onConflictDoNothing({
          target: [savedFilters.userId, savedFilters.resource, savedFilters.name],
        })
        .returning(columns);
      return row ?? null;
    },

    async delete(id: number) {
      const [row] = await db
        .delete(savedFilters)
        .where(and(own, eq(savedFilters.id, id)))
        .returning(columns);
      return row ?? null;
    },
  };
}
export type SavedFilterQueries = ReturnType<typeof savedFilterQueries>;
