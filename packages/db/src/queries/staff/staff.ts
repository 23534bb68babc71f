import { funnelStatusValues, type ListParams, staffRoleValues } from '@cutover/domain';
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits, staff } from '../../schema/index';
import { daysFilter, enumFilter, idFilter, nameSearchPattern, textFilter } from '../list';
import { listPage } from '../list-page';
import { placedWithinScope, type Scope, underNode, withinScope } from '../scope';

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
export function staffListFilters(filter: ListParams['filter'], scope: Scope): SQL[] {
  const conditions: SQL[] = [placedWithinScope(staff, scope)];
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

export function staffQueries(db: Executor, scope: Scope) {
  const columns = {
    ...staffColumns,
    orgUnitName: orgUnits.name,
    orgUnitPath: orgUnits.path,
  };
  return {
    list(params: ListParams) {
      return listPage(db, params, {
        table: staff,
        id: staff.id,
        orgUnitId: staff.orgUnitId,
        columns,
        filters: staffListFilters(params.filter, scope),
        filtersOnOwnColumns: true,
        sortable: staffSortable,
        defaultSort: 'fullName',
      });
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
