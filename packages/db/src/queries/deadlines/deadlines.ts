import type { ListParams } from '@cutover/domain';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { deadlines, orgUnits, users, waves } from '../../schema/index';
import { countAll, idFilter, inOrder, orderBy, pageOf } from '../list';
import { type Scope, withinNode, withinScope } from '../scope';

const columns = {
  id: deadlines.id,
  orgUnitId: deadlines.orgUnitId,
  waveId: deadlines.waveId,
  deadline: deadlines.deadline,
  reason: deadlines.reason,
  setByUserId: deadlines.setByUserId,
  setAt: deadlines.setAt,
  version: deadlines.version,
  orgUnitName: orgUnits.name,
  orgUnitLevel: orgUnits.level,
  orgUnitPath: orgUnits.path,
  waveCode: waves.code,
  setByLogin: users.login,
};

const sortable = { id: deadlines.id, deadline: deadlines.deadline, setAt: deadlines.setAt };

/** Deadline settings; reads of ancestors' settings (for validation and provenance) are explicit. */
export function deadlineQueries(db: Executor, scope: Scope) {
  const base = () =>
    db
      .select(columns)
      .from(deadlines)
      .innerJoin(orgUnits, eq(orgUnits.id, deadlines.orgUnitId))
      .innerJoin(waves, eq(waves.id, deadlines.waveId))
      .leftJoin(users, eq(users.id, deadlines.setByUserId));
  return {
    async list(params: ListParams) {
      const conditions: SQL[] = [withinScope(orgUnits.path, scope)];
      const within = idFilter(params.filter.withinId);
      if (within) conditions.push(withinNode(orgUnits.path, within));
      const nodeId = idFilter(params.filter.orgUnitId);
      if (nodeId) conditions.push(eq(deadlines.orgUnitId, nodeId));
      const waveId = idFilter(params.filter.waveId);
      if (waveId) conditions.push(eq(deadlines.waveId, waveId));
      const where = and(...conditions);
      const { limit, offset } = pageOf(params);
      const [data, totals] = await inOrder([
        base()
          .where(where)
          .orderBy(...orderBy(params, sortable, 'deadline'))
          .limit(limit)
          .offset(offset),
        db
          .select({ total: countAll })
          .from(deadlines)
          .innerJoin(orgUnits, eq(orgUnits.id, deadlines.orgUnitId))
          .where(where),
      ]);
      return { data, total: totals[0]?.total ?? 0 };
    },

    async byIds(ids: readonly number[]) {
      if (ids.length === 0) return [];
      return base().where(and(inArray(deadlines.id, [...ids]), withinScope(orgUnits.path, scope)));
    },

    /**
     * Settings on the given path (a visible node's ancestors may lie above the caller's
     * scope: their deadlines bind the caller, so they are shown as provenance).
     */
    onPath(path: readonly number[]) {
      if (path.length === 0) return Promise.resolve([]);
      return base().where(inArray(deadlines.orgUnitId, [...path]));
    },

    /** Settings strictly below a node, for warnings when a new deadline would undercut them. */
    below(nodeId: number, waveId: number) {
      return base().where(
        and(
          withinNode(orgUnits.path, nodeId),
          sql`${orgUnits.id} <> ${nodeId}`,
          eq(deadlines.waveId, waveId),
          withinScope(orgUnits.path, scope),
        ),
      );
    },

    async upsert(values: { orgUnitId: number; waveId: number; deadline: string; reason: string }) {
      const [row] = await db
        .insert(deadlines)
        .values({ ...values, setByUserId: scope.userId, setAt: new Date() })
        .onConflictDoUpdate({
          target: [deadlines.orgUnitId, deadlines.waveId],
          set: {
            deadline: values.deadline,
            reason: values.reason,
            setByUserId: scope.userId,
            setAt: new Date(),
            version: sql`${deadlines.version} + 1`,
          },
        })
        .returning({ id: deadlines.id });
      return row?.id ?? null;
    },

    async remove(id: number) {
      const deleted = await db
        .delete(deadlines)
        .where(eq(deadlines.id, id))
        .returning({ id: deadlines.id });
      return deleted.length;
    },
  };
}
export type DeadlineQueries = ReturnType<typeof deadlineQueries>;
export type DeadlineRecord = Awaited<ReturnType<DeadlineQueries['byIds']>>[number];
