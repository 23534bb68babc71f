import { funnelStatusValues, type ListParams, staffRoleValues } from '@cutover/domain';
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits, staff } from '../../schema/index';
import {
  daysFilter,
  enumFilter,
  idFilter,
  namePrefixRange,
  nameSearchPattern,
  textFilter,
} from '../list';
import { countedTotal, scopeIsCounted } from '../list-counts';
import { exactListTotal, type ListPageQuery, listPage } from '../list-page';
import { cappedCount } from '../list-total';
import {
  placedAmongMatches,
  placedWithinScope,
  type Scope,
  type ScopeShape,
  scopeShape,
  underNode,
  withinScope,
} from '../scope';

// The region and municipality a row carries serve scope filters; readers get the unit's path.
const {
  regionId: _region,
  municipalityId: _municipality,
  ...staffColumns
} = getTableColumns(staff);

export const staffSortable = {
  id: staff.id,
  fullName: staff.fullName,
  role: staff.role,
  funnelStatus: staff.funnelStatus,
  lastActiveAt: staff.lastActiveAt,
  orgUnitName: orgUnits.name,
};

/**
 * The list's filter, shared with bulk actions so "select all" means what the list showed.
 * It reads only staff's own columns (see `underNode`).
 */
export function staffListFilters(
  filter: ListParams['filter'],
  scope: ScopeShape,
  inScope: SQL = placedWithinScope(staff, scope),
): SQL[] {
  const conditions: SQL[] = [inScope];
  const within = idFilter(filter.withinId);
  if (within) conditions.push(underNode(staff, within));
  const orgUnitId = idFilter(filter.orgUnitId);
  if (orgUnitId) conditions.push(eq(staff.orgUnitId, orgUnitId));
  const roles = enumFilter(filter.role, staffRoleValues);
  if (roles) conditions.push(inArray(staff.role, roles));
  const statuses = enumFilter(filter.funnelStatus, funnelStatusValues);
  if (statuses) conditions.push(inArray(staff.funnelStatus, statuses));
  const q = textFilter(filter.q);
  if (q) conditions.push(sql`lower(${staff.fullName}) like ${nameSearchPattern(q)}`);
  const activeDays = daysFilter(filter.inactiveForDays);
  if (activeDays) {
    conditions.push(
      sql`(${staff.lastActiveAt} is null or ${staff.lastActiveAt} < now() - make_interval(days => ${activeDays}))`,
    );
  }
  return conditions;
}

/**
 * A name search's filters with a region's or municipality's scope in the form the trigram
 * index of the scope and name serves (see `placedAmongMatches`); undefined otherwise.
 */
function staffMatchFilters(filter: ListParams['filter'], scope: ScopeShape) {
  const among = placedAmongMatches(staff, scope);
  if (!among || !textFilter(filter.q)) return undefined;
  return staffListFilters(filter, scope, among);
}

/** A region's or municipality's first names in name order, read from its name index. */
const PROBED_NAMES = 5000;

/**
 * A search by name alone counts first, up to the cap, matches an index finds soon; more
 * than the cap of them spare the count, which tests every match in scope. At country scope
 * the names that start with the term (most searches are a surname): a short range of the
 * name index. In a region or municipality the scope's first PROBED_NAMES names: a term
 * that common is counted by walking them, where the planner, guessing it held by many rows
 * anywhere in the table, would scan the table from wherever a scan starts.
 */
function staffNameProbe(filter: ListParams['filter'], scope: ScopeShape): SQL | undefined {
  const q = textFilter(filter.q);
  const filters = staffListFilters(filter, scope);
  // Only the scope and the name: another filter could leave the subset few matches.
  if (q === undefined || filters.length !== 2) return undefined;
  if (scope.path.length - 1 === 0) {
    const range = namePrefixRange(q);
    if (!range) return undefined;
    const inRange = sql`${staff.fullName} >= ${range.from} and ${staff.fullName} < ${range.to}`;
    return cappedCount(sql`select 1 from ${staff} where ${and(...filters, inRange)}`);
  }
  if (!placedAmongMatches(staff, scope)) return undefined;
  const [inScope] = filters;
  const first = sql`select ${staff.fullName} as name from ${staff} where ${inScope}
                     order by ${staff.fullName}, ${staff.id} limit ${PROBED_NAMES}`;
  return cappedCount(
    sql`select 1 from (${first}) first_names where lower(first_names.name) like ${nameSearchPattern(q)}`,
  );
}

/**
 * The list's total: from list_counts when the filter is only the scope, a unit and
 * statuses; otherwise counted up to a cap (in the page's statement where the scope is
 * an institution or below, which holds few rows).
 */
function staffTotal(
  filter: ListParams['filter'],
  scope: ScopeShape,
): ListPageQuery<never>['total'] {
  if (!scopeIsCounted(scope)) return { cap: 'inline' };
  const narrowed =
    idFilter(filter.orgUnitId) ??
    enumFilter(filter.role, staffRoleValues) ??
    textFilter(filter.q) ??
    daysFilter(filter.inactiveForDays);
  if (narrowed !== undefined) return { cap: 'first', probe: staffNameProbe(filter, scope) };
  const withinId = idFilter(filter.withinId);
  const statuses = enumFilter(filter.funnelStatus, funnelStatusValues);
  return { cap: 'first', counted: countedTotal({ list: 'staff', scope, withinId, statuses }) };
}

export function staffQueries(db: Executor, scope: Scope) {
  const columns = {
    ...staffColumns,
    orgUnitName: orgUnits.name,
    orgUnitPath: orgUnits.path,
  };
  const base = {
    table: staff,
    id: staff.id,
    orgUnitId: staff.orgUnitId,
    columns,
    filtersOnOwnColumns: true,
    sortable: staffSortable,
    defaultSort: 'fullName',
  };
  const listQuery = (filter: ListParams['filter']) => {
    const filters = staffListFilters(filter, scope);
    const matchFilters = staffMatchFilters(filter, scope);
    const query = { ...base, filters, matchFilters, total: staffTotal(filter, scope) };
    // Only the scope filters: the common request, read through a statement prepared per shape.
    if (filters.length > 1) return query;
    const depth = Math.min(scope.path.length - 1, 3);
    const shaped = scopeShape(scope);
    const prepared = {
      key: `staff_d${depth}`,
      values: { node: scope.nodeId },
      query: () => ({
        ...base,
        filters: staffListFilters({}, shaped),
        total: staffTotal({}, shaped),
      }),
    };
    return { ...query, prepared };
  };
  return {
    list(params: ListParams) {
      return listPage(db, params, listQuery(params.filter));
    },

    /** The exact number of staff under the list's filter, however many. */
    count(filter: ListParams['filter']) {
      return exactListTotal(db, listQuery(filter));
    },

    async byIds(ids: readonly number[]) {
      if (ids.length === 0) return [];
      return db
        .select(columns)
        .from(staff)
        .innerJoin(orgUnits, eq(orgUnits.id, staff.orgUnitId))
        .where(and(inArray(staff.id, [...ids]), withinScope(orgUnits.path, scope)));
    },
  };
}
export type StaffQueries = ReturnType<typeof staffQueries>;
export type StaffRecord = Awaited<ReturnType<StaffQueries['byIds']>>[number];
