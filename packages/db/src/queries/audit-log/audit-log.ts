import { isDateInRange, isIsoDate, type ListParams } from '@cutover/domain';
import { and, eq, getTableColumns, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { auditLog } from '../../schema/index';
import { countAll, idFilter, inOrder, orderBy, pageOf, textFilter } from '../list';
import { type Scope, withinNode, withinScope } from '../scope';

export const auditLogSortable = { id: auditLog.id, at: auditLog.at, action: auditLog.action };

/** A day (YYYY-MM-DD) as the start of that day in UTC. */
function dateFilter(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !isIsoDate(value) || !isDateInRange(value)) return undefined;
  return new Date(`${value}T00:00:00Z`);
}

/**
 * Rows about a node inside the caller's subtree; rows tied to no node (a failed sign-in
 * for an unknown login) only for callers whose scope is the whole country.
 */
function scopeCondition(scope: Scope): SQL {
  const inSubtree = withinScope(auditLog.orgPath, scope);
  return scope.path.length === 1 ? (or(inSubtree, isNull(auditLog.orgPath)) as SQL) : inSubtree;
}

export function auditLogFilters(filter: ListParams['filter'], scope: Scope): SQL[] {
  const conditions = [scopeCondition(scope)];
  const actorId = idFilter(filter.actorUserId);
  if (actorId) conditions.push(eq(auditLog.actorUserId, actorId));
  const actor = textFilter(filter.actor);
  if (actor) conditions.push(eq(auditLog.actorLogin, actor.toLowerCase()));
  const action = textFilter(filter.action);
  if (action) conditions.push(sql`${auditLog.action} like ${`${action.replace(/[\\%_]/g, '')}%`}`);
  const entityType = textFilter(filter.entityType);
  if (entityType) conditions.push(eq(auditLog.entityType, entityType));
  const entityId = textFilter(
    typeof filter.entityId === 'number' ? String(filter.entityId) : filter.entityId,
  );
  if (entityId) conditions.push(eq(auditLog.entityId, entityId));
  const from = dateFilter(filter.from);
  if (from) conditions.push(gte(auditLog.at, from));
  const to = dateFilter(filter.to);
  if (to) conditions.push(lt(auditLog.at, new Date(to.getTime() + 86_400_000)));
  const within = idFilter(filter.withinId);
  if (within) conditions.push(withinNode(auditLog.orgPath, within));
  return conditions;
}

/**
 * The account a session or account entry is about, by login (the record id alone tells a
 * reader nothing), and only when that account's scope lies inside the reader's.
 */
function entityLabel(scope: Scope) {
  return sql<
    string | null
  >`(select u.login from users u join org_units o on o.id = u.scope_org_unit_id
    where "audit_log"."entity_type" in ('session', 'user') and u.id::text = "audit_log"."entity_id"
      and ${withinScope(sql`o.path`, scope)})`.as('entity_label');
}

export function auditLogQueries(db: Executor, scope: Scope) {
  const columns = { ...getTableColumns(auditLog), entityLabel: entityLabel(scope) };
  return {
    async list(params: ListParams) {
      const where = and(...auditLogFilters(params.filter, scope));
      const { limit, offset } = pageOf(params);
      const [data, totals] = await inOrder([
        db
          .select(columns)
          .from(auditLog)
          .where(where)
          .orderBy(...orderBy(params, auditLogSortable, 'id'))
          .limit(limit)
          .offset(offset),
        db.select({ total: countAll }).from(auditLog).where(where),
      ]);
      return { data, total: totals[0]?.total ?? 0 };
    },

    async byIds(ids: readonly number[]) {
      if (ids.length === 0) return [];
      return db
        .select(columns)
        .from(auditLog)
        .where(and(inArray(auditLog.id, [...ids]), scopeCondition(scope)));
    },
  };
}
