import type { ListParams } from '@cutover/domain';
import { and, asc, desc, type SQL, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../client';
import { orderBy, orderParts, pageOf } from './list';
import type { ListPageQuery } from './list-page';
import { from, sortsByUnitColumn } from './list-select';

/** How far a page may be looked for along the sort key's index (see `total.walk`). */
export interface ListWalk {
  /** The most index entries read. */
  upTo: number;
  /** The rows walked: the part of the filters the sort key's index is ordered within. */
  within: SQL[];
}

/**
 * The page's keys met by walking at most `walk.upTo` rows of the scope in sort order,
 * testing the filters on each; undefined when the walk reads them all and still lacks
 * part of the page (the matches sit later). One statement: the walk stops as soon as the
 * page is found, so matches spread through the sort order cost a few hundred rows.
 */
export async function boundedWalkKeys(
  db: Executor,
  params: ListParams,
  query: ListPageQuery<SelectedFields>,
  walk: ListWalk,
): Promise<number[] | undefined> {
  const { limit, offset } = pageOf(params);
  const parts = orderParts(params, query.sortable, query.defaultSort);
  const joinUnit = !query.filtersOnOwnColumns || sortsByUnitColumn(params, query);
  const fields: SelectedFields = {
    id: sql`${query.id}`.as('id'),
    // A filter yields NULL where a nullable column (a class label) is absent: no match.
    hit: sql`coalesce((${and(...query.filters) ?? sql`true`}), false)`.as('hit'),
  };
  parts.forEach(({ column }, i) => {
    fields[`s${i}`] = sql`${column}`.as(`s${i}`);
  });
  const walked = from(db, fields, query, joinUnit)
    .where(and(...walk.within))
    .orderBy(...orderBy(params, query.sortable, query.defaultSort))
    .limit(walk.upTo);
  // The window follows the walk's own order, so it streams without a sort.
  const order = sql.join(
    parts.map(({ descending }, i) => (descending ? desc : asc)(sql.raw(`w.s${i}`))),
    sql`, `,
  );
  const counted = sql`select w.id, w.hit,
      row_number() over (order by ${order}) as n,
      count(*) filter (where w.hit) over (order by ${order} rows unbounded preceding) as found
    from (${walked}) w`;
  // The page's matches, and the walk's last row when the walk gets that far first.
  const rows = await queryRows<{ id: number | string; onPage: boolean; last: boolean }>(
    db,
    sql`select c.id, (c.hit and c.found > ${offset}) as "onPage", c.n = ${walk.upTo} as "last"
      from (${counted}) c
     where (c.hit and c.found > ${offset}) or c.n = ${walk.upTo}
     limit ${limit}`,
  );
  const keys = rows.filter((r) => r.onPage).map((r) => Number(r.id));
  // Short of a page after the walk's last row: matches may lie beyond it. Short without
  // it: the scope ran out first, so the page really ends there.
  if (keys.length < limit && rows.some((r) => r.last)) return undefined;
  return keys;
}
