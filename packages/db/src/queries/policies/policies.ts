import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../client';
import { orgUnits, policySettings, users } from '../../schema/index';
import { type Scope, withinNode, withinScope } from '../scope';

const columns = {
  id: policySettings.id,
  orgUnitId: policySettings.orgUnitId,
  key: policySettings.key,
  value: policySettings.value,
  locked: policySettings.locked,
  reason: policySettings.reason,
  setByUserId: policySettings.setByUserId,
  setAt: policySettings.setAt,
  version: policySettings.version,
  orgUnitName: orgUnits.name,
  orgUnitPath: orgUnits.path,
  setByLogin: users.login,
};

/** Policy settings: ancestors' settings bind a node, so they are read as provenance. */
export function policyQueries(db: Executor, scope: Scope) {
  const base = () =>
    db
      .select(columns)
      .from(policySettings)
      .innerJoin(orgUnits, eq(orgUnits.id, policySettings.orgUnitId))
      .leftJoin(users, eq(users.id, policySettings.setByUserId));
  return {
    onPath(path: readonly number[]) {
      if (path.length === 0) return Promise.resolve([]);
      return base().where(inArray(policySettings.orgUnitId, [...path]));
    },

    /** Settings of a key strictly below a node, inside the caller's scope. */
    below(nodeId: number, key?: string) {
      const conditions: SQL[] = [
        withinNode(orgUnits.path, nodeId),
        sql`${orgUnits.id} <> ${nodeId}`,
        withinScope(orgUnits.path, scope),
      ];
      if (key) conditions.push(eq(policySettings.key, key));
      return base()
        .where(and(...conditions))
        .orderBy(orgUnits.depth, orgUnits.name)
        .limit(5_000);
    },

    async upsert(values: {
      orgUnitId: number;
      key: string;
      value: unknown;
      locked: boolean;
      reason: string;
    }) {
      const [row] = await db
        .insert(policySettings)
        .values({ ...values, setByUserId: scope.userId, setAt: new Date() })
        .onConflictDoUpdate({
          target: [policySettings.orgUnitId, policySettings.key],
          set: {
            value: values.value,
            locked: values.locked,
            reason: values.reason,
            setByUserId: scope.userId,
            setAt: new Date(),
            version: sql`${policySettings.version} + 1`,
          },
        })
        .returning({ id: policySettings.id });
      return row?.id ?? null;
    },

    async remove(orgUnitId: number, key: string) {
      const removed = await db
        .delete(policySettings)
        .where(and(eq(policySettings.orgUnitId, orgUnitId), eq(policySettings.key, key)))
        .returning({ id: policySettings.id });
      return removed.length;
    },

    /** How many institutions, staff and chats a setting at the node reaches. */
    async reach(nodeId: number) {
      const [row] = await queryRows<{ institutions: number; staff: number; chats: number }>(
        db,
        sql`select
          (select count(*)::int from org_units u where u.path @> array[${nodeId}]::integer[]
             and u.level = 'institution' and u.valid_to is null) as institutions,
          (select count(*)::int from staff s join org_units u on u.id = s.org_unit_id
             where u.path @> array[${nodeId}]::integer[] and s.funnel_status <> 'deactivated') as staff,
          (select count(*)::int from official_chats c join org_units u on u.id = c.org_unit_id
             where u.path @> array[${nodeId}]::integer[]) as chats`,
      );
      return row ?? { institutions: 0, staff: 0, chats: 0 };
    },
  };
}
export type PolicyQueries = ReturnType<typeof policyQueries>;
export type PolicySettingRecord = Awaited<ReturnType<PolicyQueries['onPath']>>[number];
