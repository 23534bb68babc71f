import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { officialChats, orgUnits, staff } from '../../schema/index';
import { type Scope, withinNode, withinScope } from '../scope';

type OrgUnitInsert = typeof orgUnits.$inferInsert;

/**
 * Writes on org units. Callers load nodes through the caller's scope first; every write
 * here is also confined to the scope, so a forgotten check cannot reach outside it.
 * They run under the hierarchy lock (lockHierarchy), which the scope gate takes exclusively
 * for every org-unit write: the parent paths they are given stay current until commit.
 */
export function orgUnitWrites(db: Executor, scope: Scope) {
  return {
    async create(
      values: Omit<OrgUnitInsert, 'id' | 'path' | 'depth'>,
      parentPath: readonly number[],
    ) {
      const [row] = await db
        .insert(orgUnits)
        .values({ ...values, path: [...parentPath], depth: parentPath.length })
        .returning({ id: orgUnits.id });
      if (!row) throw new Error('insert returned nothing');
      // The path includes the node's own id, known only after the insert.
      await db
        .update(orgUnits)
        .set({ path: [...parentPath, row.id] })
        .where(eq(orgUnits.id, row.id));
      return row.id;
    },

    async update(id: number, version: number, changes: Partial<OrgUnitInsert>) {
      const [row] = await db
        .update(orgUnits)
        .set({ ...changes, version: sql`${orgUnits.version} + 1`, updatedAt: new Date() })
        .where(
          and(
            eq(orgUnits.id, id),
            eq(orgUnits.version, version),
            withinScope(orgUnits.path, scope),
          ),
        )
        .returning({ id: orgUnits.id, version: orgUnits.version });
      return row ?? null;
    },

    /** Re-roots the whole subtree of `oldPath` under `newParentPath` in one statement. */
    async rewriteSubtreePaths(oldPath: readonly number[], newParentPath: readonly number[]) {
      const id = oldPath.at(-1) ?? 0;
      const cut = oldPath.length;
      await db.execute(sql`
        update org_units
           set path = ${sql.param([...newParentPath])}::integer[] || path[${cut}:],
               depth = ${newParentPath.length} + cardinality(path) - ${cut},
               updated_at = now()
         where ${withinNode(orgUnits.path, id)} and ${withinScope(orgUnits.path, scope)}`);
    },

    async moveMembers(fromId: number, toId: number) {
      const movedStaff = await db
        .update(staff)
        .set({ orgUnitId: toId, updatedAt: new Date(), version: sql`${staff.version} + 1` })
        .where(eq(staff.orgUnitId, fromId))
        .returning({ id: staff.id });
      const movedChats = await db
        .update(officialChats)
        .set({ orgUnitId: toId, updatedAt: new Date(), version: sql`${officialChats.version} + 1` })
        .where(eq(officialChats.orgUnitId, fromId))
        .returning({ id: officialChats.id });
      return { staff: movedStaff.length, chats: movedChats.length };
    },
  };
}
export type OrgUnitWrites = ReturnType<typeof orgUnitWrites>;
