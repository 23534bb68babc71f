import type { ListParams } from '@cutover/domain';
import { and, Column, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Executor } from '../client';
import { orgUnits } from '../schema/index';
import { countAll, orderBy, pageOf, type SortableColumns } from './list';

export interface ListPageQuery<TColumns extends SelectedFields> {
  /** The listed table; each row is inner-joined to its org unit through `orgUnitId`. */
  table: PgTable;
  /** The listed table's key: a page is chosen by it before its columns are read. */
  id: AnyPgColumn;
  orgUnitId: AnyPgColumn;
  columns: TColumns;
  /** All must hold; the total counts the rows under the same filter. */
  filters: SQL[];
  /**
   * The filters read only the listed table's own columns (scope by the region and
   * municipality the rows carry), so the page and the total skip the join to org units.
   */
  filtersOnOwnColumns?: boolean;
  sortable: SortableColumns;
  defaultSort: string;
}

const totalKey = '__listTotal';

/**
 * One page of a scoped list and the number of rows under its filter, in one statement:
 * the page's keys are chosen first (an index range in sort order where one serves), then
 * only those rows are read and joined; the total is an uncorrelated subquery run once.
 */
export async function listPage<TColumns extends SelectedFields>(
  db: Executor,
  params: ListParams,
  query: ListPageQuery<TColumns>,
): Promise<{ data: SelectResultFields<TColumns>[]; total: number }> {
  const where = and(...query.filters);
  const order = orderBy(params, query.sortable, query.defaultSort);
  const { limit, offset } = pageOf(params);
  const sortsByUnit = sortsByUnitColumn(params, query);
  const filterJoin = !query.filtersOnOwnColumns;
  const pageKeys = from(db, { id: query.id }, query, filterJoin || sortsByUnit)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  const count = () => from(db, { total: countAll }, query, filterJoin).where(where);
  // Drizzle cannot type a select over generic columns; the rows are typed from them below.
  const columns: SelectedFields = { ...query.columns, [totalKey]: sql<number>`(${count()})` };
  const rows = await db
    .select(columns)
    .from(query.table)
    .innerJoin(orgUnits, eq(orgUnits.id, query.orgUnitId))
    .where(inArray(query.id, pageKeys))
    .orderBy(...order);
  const first = rows[0] as Record<string, unknown> | undefined;
  // A page past the end has no row to carry the total: count on its own (rare).
  const total = first
    ? Number(first[totalKey])
    : offset === 0
      ? 0
      : ((await count())[0]?.total ?? 0);
  for (const row of rows) delete (row as Record<string, unknown>)[totalKey];
  return { data: rows as SelectResultFields<TColumns>[], total };
}

function from<T extends SelectedFields>(
  db: Executor,
  selection: T,
  query: ListPageQuery<SelectedFields>,
  joinUnit: boolean,
) {
  const select = db.select(selection).from(query.table).$dynamic();
  return joinUnit ? select.innerJoin(orgUnits, eq(orgUnits.id, query.orgUnitId)) : select;
}

/** Whether the list is sorted by a column of org_units (the unit's name). */
function sortsByUnitColumn(params: ListParams, query: ListPageQuery<SelectedFields>): boolean {
  const field = Object.hasOwn(query.sortable, params.sort.field)
    ? params.sort.field
    : query.defaultSort;
  const column = query.sortable[field];
  return column instanceof Column && column.table === orgUnits;
}
