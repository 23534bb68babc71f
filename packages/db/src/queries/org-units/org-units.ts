import type { ListParams, OrgKind, OrgLevel } from '@cutover/domain';
import { institutionKinds } from '@cutover/domain';
import { and, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../client';
import { orgUnits } from '../../schema/index';
import {
  containsPattern,
  countAll,
  enumFilter,
  idFilter,
  inOrder,
  orderBy,
  pageOf,
  textFilter,
} from '../list';
import { type Scope, withinNode, withinScope } from '../scope';

// Spelled out: Drizzle renders a single table's columns unqualified, which inside this
// subquery would bind to the inner alias instead of the outer row.
const childCount =
  sql<number>`(select count(*)::int from ${orgUnits} c where c.parent_id = "org_units"."id" and c.valid_to is null)`.as(
    'child_count',
  );

// A row's parent may lie above the caller's scope (a district admin's own municipality):
// its name, like a breadcrumb's, is part of where the row sits, so it comes with the row.
export const parentName = sql<
  string | null
>`(select p.name from ${orgUnits} p where p.id = "org_units"."parent_id")`.as('parent_name');

export const orgUnitSortable = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  kind: orgUnits.kind,
  populationK: orgUnits.populationK,
  validFrom: orgUnits.validFrom,
};

/**
 * A unit by part of its name or the start of its code, both trigram-indexed (migration 0014).
 * Unlike staff names, a short term still matches anywhere: "S1" or "12" inside a unit's name
 * is a real search, and units are far fewer than staff, so reading them unindexed is bearable.
 */
const unitSearch = (q: string) =>
  sql`(lower(${orgUnits.name}) like ${containsPattern(q)} or ${orgUnits.code} like ${`${q}%`})`;

export function orgUnitListFilters(
  level: OrgLevel,
  filter: ListParams['filter'],
  scope: Scope,
): SQL[] {
  const conditions: SQL[] = [eq(orgUnits.level, level), withinScope(orgUnits.path, scope)];
  const q = textFilter(filter.q);
  if (q) conditions.push(unitSearch(q));
  const parentId = idFilter(filter.parentId);
  if (parentId) conditions.push(eq(orgUnits.parentId, parentId));
  const within = idFilter(filter.withinId);
  if (within) conditions.push(withinNode(orgUnits.path, within));
  const kinds = enumFilter<OrgKind>(filter.kind, institutionKinds);
  if (kinds) conditions.push(inArray(orgUnits.kind, kinds));
  if (filter.includeClosed !== true) conditions.push(isNull(orgUnits.validTo));
  return conditions;
}

export function orgUnitQueries(db: Executor, scope: Scope) {
  const columns = { ...getTableColumns(orgUnits), childCount, parentName };
  return {
    async list(level: OrgLevel, params: ListParams) {
      const where = and(...orgUnitListFilters(level, params.filter, scope));
      const { limit, offset } = pageOf(params);
      const [data, totals] = await inOrder([
        db
          .select(columns)
          .from(orgUnits)
          .where(where)
          .orderBy(...orderBy(params, orgUnitSortable, 'name'))
          .limit(limit)
          .offset(offset),
        db.select({ total: countAll }).from(orgUnits).where(where),
      ]);
      return { data, total: totals[0]?.total ?? 0 };
    },

    async byIds(level: OrgLevel | undefined, ids: readonly number[]) {
      if (ids.length === 0) return [];
      const conditions = [inArray(orgUnits.id, [...ids]), withinScope(orgUnits.path, scope)];
      if (level) conditions.push(eq(orgUnits.level, level));
      return db
        .select(columns)
        .from(orgUnits)
        .where(and(...conditions));
    },

    /** Open children of a node for the lazily loaded tree; the scope root when none. */
    async children(parentId: number | null) {
      const where = parentId
        ? and(
            eq(orgUnits.parentId, parentId),
            isNull(orgUnits.validTo),
            withinScope(orgUnits.path, scope),
          )
        : eq(orgUnits.id, scope.nodeId);
      return db
        .select({
          id: orgUnits.id,
          name: orgUnits.name,
          code: orgUnits.code,
          level: orgUnits.level,
          kind: orgUnits.kind,
          path: orgUnits.path,
          childCount,
        })
        .from(orgUnits)
        .where(where)
        .orderBy(orgUnits.name)
        .limit(5_000);
    },

    /** Name or code search anywhere in the caller's subtree, for the tree browser. */
    async search(q: string, limit: number) {
      return db
        .select({
          id: orgUnits.id,
          name: orgUnits.name,
          code: orgUnits.code,
          level: orgUnits.level,
          kind: orgUnits.kind,
          path: orgUnits.path,
          childCount,
        })
        .from(orgUnits)
        .where(and(withinScope(orgUnits.path, scope), isNull(orgUnits.validTo), unitSearch(q)))
        .orderBy(orgUnits.depth, orgUnits.name)
        .limit(limit);
    },

    /** Ancestors of a node that the caller can see, root first (for breadcrumbs). */
    async ancestors(path: readonly number[]) {
      if (path.length === 0) return [];
      const rows = await db
        .select({
          id: orgUnits.id,
          name: orgUnits.name,
          level: orgUnits.level,
          path: orgUnits.path,
        })
        .from(orgUnits)
        .where(and(inArray(orgUnits.id, [...path]), withinScope(orgUnits.path, scope)));
      return rows.sort((a, b) => a.path.length - b.path.length);
    },

    /** Institution and staff totals of a subtree (shown on a unit's page). */
    async subtreeCounts(nodeId: number) {
      const rows = await queryRows<{ institutions: number; staff: number }>(
        db,
        sql`
        select
          (select count(*)::int from org_units u
             where u.path @> array[${nodeId}]::integer[] and u.level = 'institution' and u.valid_to is null) as institutions,
          (select count(*)::int from staff s join org_units u on u.id = s.org_unit_id
             where u.path @> array[${nodeId}]::integer[]) as staff`,
      );
      return rows[0] ?? { institutions: 0, staff: 0 };
    },
  };
}
export type OrgUnitQueries = ReturnType<typeof orgUnitQueries>;
export type OrgUnitRecord = Awaited<ReturnType<OrgUnitQueries['byIds']>>[number];
