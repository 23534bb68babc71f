import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import type { ScopeShape } from './scope';

/** The lists whose totals list_counts keeps (migration 0014_list_counts). */
export type CountedList = 'staff' | 'chats';

export interface CountedFilter {
  list: CountedList;
  scope: ScopeShape;
  /** The list's "within this unit" filter, of any depth. */
  withinId?: number | undefined;
  /** Only these statuses; every status when absent. */
  statuses?: readonly string[] | undefined;
}

/** list_counts keeps regions and municipalities: a scope deeper than that is counted. */
export function scopeIsCounted(scope: Pick<ScopeShape, 'path'>): boolean {
  return scope.path.length <= 3;
}

function nodeCondition(depth: number, node: ScopeShape['nodeId']): SQL {
  if (depth === 1) return sql`c.region_id = ${node}`;
  if (depth === 2) return sql`c.municipality_id = ${node}`;
  return sql`true`;
}

/**
 * The exact number of rows under the filter, as a scalar subquery over list_counts: a sum
 * of the scope's counter rows, in the reading statement's snapshot. NULL when the
 * counters cannot answer: the `withinId` unit lies below the municipalities (or is gone),
 * so its rows must be counted.
 */
export function countedTotal({ list, scope, withinId, statuses }: CountedFilter): SQL {
  const conditions = [sql`c.list = ${list}`, nodeCondition(scope.path.length - 1, scope.nodeId)];
  if (statuses) {
    conditions.push(
      sql`c.status in (${sql.join(
        statuses.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  const sum = (where: SQL[]) =>
    sql`(select coalesce(sum(c.row_count), 0)::int from list_counts c where ${sql.join(where, sql` and `)})`;
  if (withinId === undefined) return sum(conditions);
  const depth = sql`(cardinality(w.path) - 1)`;
  const within = sql`case ${depth} when 0 then true when 1 then c.region_id = w.id when 2 then c.municipality_id = w.id end`;
  return sql`(select case when ${depth} <= 2 then ${sum([...conditions, within])} end
                from org_units w where w.id = ${withinId})`;
}

/**
 * Merges list_counts' delta rows into one row per key (see the migration); returns how
 * many rows it merged, 0 when another fold is running. Safe at any time.
 */
export async function foldListCounts(db: Executor): Promise<number> {
  const [row] = await queryRows<{ folded: number }>(db, sql`select fold_list_counts() as folded`);
  return Number(row?.folded ?? 0);
}
