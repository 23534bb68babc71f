import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';

export const FIGURES = [
  'numerator',
  'denominator',
  'invited',
  'registered',
  'active',
  'chats_migrated',
  'chats_legacy_closed',
  'parents_joined',
] as const;

const figureList = (alias: string) => FIGURES.map((c) => `${alias}.${c}`).join(', ');

/** The figures of two rows differ (nulls included): the test every write below goes through. */
export const figuresDiffer = (left: string, right: string) =>
  sql.raw(`(${figureList(left)}) is distinct from (${figureList(right)})`);

export interface SyncReport {
  written: number;
  removed: number;
}

/**
 * Makes the rows of `table` within `scope` exactly the rows of `fresh`, writing only what
 * differs: rows of the scope missing from `fresh` are deleted, new rows inserted, and rows
 * whose figures changed updated. An unchanged row is not touched, so it leaves no dead
 * tuple behind. `fresh` selects the key columns, then the figures, then `extra`, in order.
 */
export async function syncFigures(
  tx: Executor,
  options: { table: string; keys: string[]; fresh: SQL; scope: SQL; extra?: string[] },
): Promise<SyncReport> {
  const { table, keys, fresh, scope, extra = [] } = options;
  const columns = [...keys, ...FIGURES, ...extra].join(', ');
  const sameKey = keys.map((k) => `f.${k} = t.${k}`).join(' and ');
  const updates = [...FIGURES, ...extra].map((c) => `${c} = excluded.${c}`).join(', ');
  const [report] = await queryRows<SyncReport>(
    tx,
    sql`
      with fresh (${sql.raw(columns)}) as materialized (${fresh}),
      gone as (
        delete from ${sql.raw(table)} t where ${scope}
          and not exists (select 1 from fresh f where ${sql.raw(sameKey)})
        returning 1),
      written as (
        insert into ${sql.raw(table)} (${sql.raw(columns)}) select * from fresh
        on conflict (${sql.raw(keys.join(', '))}) do update set ${sql.raw(updates)}
        where ${figuresDiffer(table, 'excluded')}
        returning 1)
      select (select count(*) from written)::int as written,
        (select count(*) from gone)::int as removed`,
  );
  return report ?? { written: 0, removed: 0 };
}

/** `column = any(nodes)`, or true when every node is in scope. */
export function inNodes(column: string, nodes: readonly number[] | null): SQL {
  return nodes ? sql`${sql.raw(column)} = any(${sql.param([...nodes])}::int[])` : sql`true`;
}
