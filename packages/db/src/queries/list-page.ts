import type { ListParams } from '@cutover/domain';
import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Executor } from '../client';
import { orgUnits } from '../schema/index';
import { countAll, inOrder, orderBy, pageOf, type SortableColumns } from './list';

export interface ListPageQuery<TColumns extends SelectedFields> {
  /** The listed table; each row is inner-joined to its org unit through `orgUnitId`. */
  table: PgTable;
  orgUnitId: AnyPgColumn;
  columns: TColumns;
  /** All must hold; the total counts the rows under the same filter. */
  filters: SQL[];
  sortable: SortableColumns;
  defaultSort: string;
}

/** One page of a scoped list, then the number of rows under its filter. */
export async function listPage<TColumns extends SelectedFields>(
  db: Executor,
  params: ListParams,
  query: ListPageQuery<TColumns>,
): Promise<{ data: SelectResultFields<TColumns>[]; total: number }> {
  // Drizzle cannot type a select over generic columns; the rows are typed from them below.
  const columns: SelectedFields = query.columns;
  const where = and(...query.filters);
  const joinOn = eq(orgUnits.id, query.orgUnitId);
  const { limit, offset } = pageOf(params);
  const [data, totals] = await inOrder([
    db
      .select(columns)
      .from(query.table)
      .innerJoin(orgUnits, joinOn)
      .where(where)
      .orderBy(...orderBy(params, query.sortable, query.defaultSort))
      .limit(limit)
      .offset(offset),
    db.select({ total: countAll }).from(query.table).innerJoin(orgUnits, joinOn).where(where),
  ]);
  return { data: data as SelectResultFields<TColumns>[], total: totals[0]?.total ?? 0 };
}
