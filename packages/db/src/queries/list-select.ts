import type { ListParams } from '@cutover/domain';
import { Column, eq } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { orgUnits } from '../schema/index';
import type { ListPageQuery } from './list-page';

/** A select from the listed table, joined to its org units when the filter or sort needs them. */
export function from<T extends SelectedFields>(
  db: Executor,
  selection: T,
  query: ListPageQuery<SelectedFields>,
  joinUnit: boolean,
) {
  const select = db.select(selection).from(query.table).$dynamic();
  return joinUnit ? select.innerJoin(orgUnits, eq(orgUnits.id, query.orgUnitId)) : select;
}

/** Whether the list is sorted by a column of org_units (the unit's name). */
export function sortsByUnitColumn(
  params: ListParams,
  query: ListPageQuery<SelectedFields>,
): boolean {
  const column = query.sortable[sortFieldOf(params, query)];
  return column instanceof Column && column.table === orgUnits;
}

/** The sortable field the page is ordered by (a listed one, else the default). */
export function sortFieldOf(params: ListParams, query: ListPageQuery<SelectedFields>): string {
  return Object.hasOwn(query.sortable, params.sort.field) ? params.sort.field : query.defaultSort;
}
