import type { ListParams } from '@cutover/domain';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { type Executor, queryRows } from '../client';
import { orgUnits } from '../schema/index';
import { countAll, orderBy, orderParts, pageOf, type SortableColumns } from './list';
import {
  PREPARED_PAGES,
  type PreparedListShape,
  preparedFor,
  preparesStatements,
} from './list-prepared';
import { from, sortFieldOf, sortsByUnitColumn } from './list-select';
import { COUNT_CAP, cappedCount, type ListTotal } from './list-total';
import { boundedWalkKeys, type ListWalk } from './list-walk';

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
   * The same rows as `filters`, written for an index that finds all the matches at once
   * (a name's trigrams within the scope) rather than one that serves the sort order: they
   * count the matches and read them all when few. Absent: `filters`.
   */
  matchFilters?: SQL[] | undefined;
  /**
   * The filters read only the listed table's own columns (scope by the region and
   * municipality the rows carry), so the page and the total skip the join to org units.
   */
  filtersOnOwnColumns?: boolean;
  sortable: SortableColumns;
  defaultSort: string;
  /**
   * How the total is found. Absent: every row is counted. Otherwise an exact total from
   * `counted` (list_counts, a scalar that is NULL when they cannot answer), or else rows
   * counted up to COUNT_CAP: in the page's statement ('inline', for small scopes), or
   * first ('first'), so the page's plan can follow the number of matches. `probe`, with
   * 'first': a scalar count, up to COUNT_CAP + 1, of a subset of the matches that an index
   * reads soon (a short range of it); more than COUNT_CAP there answer "more than
   * COUNT_CAP" without the count, which reads every match wherever they are. `sortUpTo`,
   * with 'first': up to this many matches (counted that far) are read and sorted rather
   * than met by walking the sort key's index (COUNT_CAP when absent), for lists whose
   * matches can sit far apart in sort order. `walk`, beyond `sortUpTo`: the page is looked
   * for in at most that many rows along the sort key's index, else the matches are read
   * and sorted (see boundedWalkKeys); absent: the walk goes as far as the page lies.
   */
  total?:
    | {
        counted?: SQL | undefined;
        cap: 'inline' | 'first';
        probe?: SQL | undefined;
        sortUpTo?: number | undefined;
        walk?: ListWalk | undefined;
      }
    | undefined;
  /**
   * The same query with placeholders for the caller's values, when the request has a
   * common shape: its page is read through a statement prepared once (see list-prepared).
   */
  prepared?: (PreparedListShape & { query(): ListPageQuery<TColumns> }) | undefined;
}

const totalKey = '__listTotal';

/**
 * One page of a scoped list and its total (see ListTotal): the page's keys are chosen
 * first (an index range in sort order where one serves), then only those rows are read
 * and joined; a total in the page's statement is an uncorrelated subquery run once.
 */
export async function listPage<TColumns extends SelectedFields>(
  db: Executor,
  params: ListParams,
  query: ListPageQuery<TColumns>,
): Promise<{ data: SelectResultFields<TColumns>[] } & ListTotal> {
  const where = matchesOf(query);
  const filterJoin = !query.filtersOnOwnColumns;
  const capped = (cap = COUNT_CAP) =>
    cappedCount(from(db, { one: sql`1` }, query, filterJoin).where(where), cap);
  const exact = () => from(db, { total: countAll }, query, filterJoin).where(where);
  const { total } = query;

  if (!total || total.cap === 'inline' || total.counted) {
    const { rows, first, carried: value } = await pageWithTotal(db, params, query);
    if (value !== null && value !== undefined) {
      const n = Number(value);
      return { data: rows, ...(total && !total.counted ? capTotal(n) : { total: n }) };
    }
    // No row carried the total: a page past the end, or counters that could not answer.
    if (!first && pageOf(params).offset === 0) return { data: rows, total: 0 };
    if (!total) return { data: rows, total: await countOf(exact()) };
    if (total.counted && !first) {
      const [row] = await queryRows<{ n: number | null }>(db, sql`select ${total.counted} as n`);
      if (row?.n !== null && row?.n !== undefined) return { data: rows, total: Number(row.n) };
    }
    return { data: rows, ...(await countCapped(db, capped())) };
  }

  const sortUpTo = total.sortUpTo ?? COUNT_CAP;
  const counted = (await probeExceedsCap(db, query))
    ? Number.POSITIVE_INFINITY
    : await countUpTo(db, capped(sortUpTo));
  // Counted in full up to sortUpTo: exact that far, "more than sortUpTo" beyond.
  const found: ListTotal =
    counted > sortUpTo ? { total: sortUpTo, moreThanTotal: true } : { total: counted };
  // Few matches: read them all (by whatever index serves the filter) and sort them; many:
  // walk the index of the sort key, which usually soon meets a page of matches.
  const keys =
    counted > sortUpTo ? await manyKeys(db, params, query) : sortedKeys(db, params, query);
  const { rows } = await pageRows(db, params, query, keys);
  return { data: rows, ...found };
}

/**
 * The keys of a page among more than `sortUpTo` matches: walked from the sort key's index;
 * with `walk`, only that far, and when the page is not met by then, all the matches read
 * and sorted (they sit late in sort order, where walking to them reads most of the scope).
 */
async function manyKeys(
  db: Executor,
  params: ListParams,
  query: ListPageQuery<SelectedFields>,
): Promise<SQL | number[]> {
  const walk = query.total?.walk;
  if (!walk) return walkedKeys(db, params, query);
  return (await boundedWalkKeys(db, params, query, walk)) ?? sortedKeys(db, params, query);
}

/** The rows the list holds, in the form that finds them all (see `matchFilters`). */
function matchesOf(query: ListPageQuery<SelectedFields>): SQL | undefined {
  return and(...(query.matchFilters ?? query.filters));
}

/** Whether the total's probe alone finds more than COUNT_CAP matches. */
async function probeExceedsCap(
  db: Executor,
  query: ListPageQuery<SelectedFields>,
): Promise<boolean> {
  const probe = query.total?.probe;
  return probe !== undefined && (await countCapped(db, probe)).moreThanTotal === true;
}

function capTotal(counted: number): ListTotal {
  return counted > COUNT_CAP ? { total: COUNT_CAP, moreThanTotal: true } : { total: counted };
}

async function countCapped(db: Executor, count: SQL): Promise<ListTotal> {
  return capTotal(await countUpTo(db, count));
}

async function countUpTo(db: Executor, count: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select ${count} as n`);
  return Number(row?.n ?? 0);
}

async function countOf(count: PromiseLike<{ total: number }[]>): Promise<number> {
  return (await count)[0]?.total ?? 0;
}

/** The total's scalar subquery that rides on the page's first row. */
function inlineTotal(db: Executor, query: ListPageQuery<SelectedFields>): SQL {
  const { total } = query;
  if (total?.counted) return total.counted;
  const where = matchesOf(query);
  const filterJoin = !query.filtersOnOwnColumns;
  if (total) return cappedCount(from(db, { one: sql`1` }, query, filterJoin).where(where));
  return sql`(${from(db, { total: countAll }, query, filterJoin).where(where)})`;
}

/** The page and its total in one statement, prepared once per shape when the query has one. */
async function pageWithTotal<TColumns extends SelectedFields>(
  db: Executor,
  params: ListParams,
  query: ListPageQuery<TColumns>,
) {
  const shape = query.prepared;
  if (!shape || params.page > PREPARED_PAGES || !preparesStatements(db)) {
    const keys = walkedKeys(db, params, query);
    return pageRows(db, params, query, keys, inlineTotal(db, query));
  }
  const { limit, offset } = pageOf(params);
  const field = sortFieldOf(params, query);
  const order = params.sort.order === 'DESC' ? 'd' : 'a';
  const name = `list_${shape.key}_${field}_${order}_${limit}_${offset}`;
  const statement = preparedFor(db, name, () => {
    const shaped = shape.query();
    const keys = walkedKeys(db, params, shaped);
    return pageSelect(db, params, shaped, keys, inlineTotal(db, shaped));
  });
  return carriedTotal<TColumns>(
    (await statement.execute(shape.values)) as Record<string, unknown>[],
  );
}

function pageSelect(
  db: Executor,
  params: ListParams,
  query: ListPageQuery<SelectedFields>,
  keys: SQL | number[],
  total?: SQL,
) {
  // Drizzle cannot type a select over generic columns; the rows are typed from them below.
  const columns: SelectedFields = total
    ? { ...query.columns, [totalKey]: sql<number | null>`${total}` }
    : query.columns;
  return db
    .select(columns)
    .from(query.table)
    .innerJoin(orgUnits, eq(orgUnits.id, query.orgUnitId))
    .where(inArray(query.id, keys))
    .orderBy(...orderBy(params, query.sortable, query.defaultSort));
}

async function pageRows<TColumns extends SelectedFields>(
  db: Executor,
  params: ListParams,
  query: ListPageQuery<TColumns>,
  keys: SQL | number[],
  total?: SQL,
) {
  const rows = (await pageSelect(db, params, query, keys, total)) as Record<string, unknown>[];
  return carriedTotal<TColumns>(rows);
}

function carriedTotal<TColumns extends SelectedFields>(rows: Record<string, unknown>[]) {
  const first = rows[0];
  const carried = first?.[totalKey];
  for (const row of rows) delete row[totalKey];
  return { rows: rows as SelectResultFields<TColumns>[], first, carried };
}

/** The page's keys in sort order, found by walking an index of the sort key if one serves. */
function walkedKeys(db: Executor, params: ListParams, query: ListPageQuery<SelectedFields>): SQL {
  const { limit, offset } = pageOf(params);
  const joinUnit = !query.filtersOnOwnColumns || sortsByUnitColumn(params, query);
  return sql`${from(db, { id: query.id }, query, joinUnit)
    .where(and(...query.filters))
    .orderBy(...orderBy(params, query.sortable, query.defaultSort))
    .limit(limit)
    .offset(offset)}`;
}

/**
 * The page's keys from all matching rows sorted (a top-N sort): the matches are selected
 * behind a fence (OFFSET 0), so the planner picks their access path by the filter alone
 * (a trigram bitmap for a name) instead of walking the sort key's index past rows that
 * do not match. For filters known to match few rows, or whose matches a bounded walk did
 * not reach (then slower, but bounded by the matches rather than the scope).
 */
function sortedKeys(db: Executor, params: ListParams, query: ListPageQuery<SelectedFields>): SQL {
  const { limit, offset } = pageOf(params);
  const parts = orderParts(params, query.sortable, query.defaultSort);
  const joinUnit = !query.filtersOnOwnColumns || sortsByUnitColumn(params, query);
  const fields: SelectedFields = { id: sql`${query.id}`.as('id') };
  parts.forEach(({ column }, i) => {
    fields[`s${i}`] = sql`${column}`.as(`s${i}`);
  });
  const matches = from(db, fields, query, joinUnit).where(matchesOf(query));
  const order = parts.map(({ descending }, i) => (descending ? desc : asc)(sql.raw(`m.s${i}`)));
  return sql`(select m.id from (${matches} offset 0) m order by ${sql.join(order, sql`, `)} limit ${limit} offset ${offset})`;
}

/** The exact number of rows under the list's filter (the "count exactly" request). */
export async function exactListTotal(
  db: Executor,
  query: ListPageQuery<SelectedFields>,
): Promise<number> {
  if (query.total?.counted) {
    const [row] = await queryRows<{ n: number | null }>(
      db,
      sql`select ${query.total.counted} as n`,
    );
    if (row?.n !== null && row?.n !== undefined) return Number(row.n);
  }
  const count = from(db, { total: countAll }, query, !query.filtersOnOwnColumns);
  return countOf(count.where(matchesOf(query)));
}
