import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { figureColumns, liveSeriesFigures } from './series-sql';
import { figuresDiffer, inNodes, type SyncReport, syncFigures } from './sync-figures';

/** The latest row of the same series before `day` (history is change-only). */
const previousRow = (table: string, alias: string, day: string) => sql`
  left join lateral (
    select ${figureColumns} from ${sql.raw(table)} o
    where o.org_unit_id = ${sql.raw(alias)}.org_unit_id and o.wave_id = ${sql.raw(alias)}.wave_id
      and o.day < ${day}
    order by o.day desc limit 1
  ) previous on true`;

/**
 * Today's row of every series of `nodes` (null: every node) from the live staff and chat
 * rows, kept only where it differs from the series' previous row.
 */
export function snapshotDay(tx: Executor, day: string, nodes: readonly number[] | null) {
  return syncFigures(tx, {
    table: 'adoption_snapshots',
    keys: ['org_unit_id', 'wave_id', 'day'],
    fresh: sql`
      select live.org_unit_id, live.wave_id, ${day}::date as day, ${liveColumns}
      from (${liveSeriesFigures(day, nodes)}) live
      ${previousRow('adoption_snapshots', 'live', day)}
      where ${figuresDiffer('previous', 'live')}`,
    scope: sql`t.day = ${day} and ${inNodes('t.org_unit_id', nodes)}`,
  });
}

/** Today's subtree totals of `nodes` above the institutions, again only where they changed. */
export function subtreeDay(
  tx: Executor,
  day: string,
  nodes: readonly number[] | null,
): Promise<SyncReport> {
  return syncFigures(tx, {
    table: 'adoption_subtree_history',
    keys: ['org_unit_id', 'wave_id', 'day'],
    fresh: sql`
      select r.org_unit_id, r.wave_id, ${day}::date as day, ${rollupColumns}
      from adoption_rollups r
      join org_units u on u.id = r.org_unit_id and u.level <> 'institution'
      ${previousRow('adoption_subtree_history', 'r', day)}
      where ${inNodes('r.org_unit_id', nodes)} and ${figuresDiffer('previous', 'r')}`,
    scope: sql`t.day = ${day} and ${inNodes('t.org_unit_id', nodes)}`,
  });
}

const liveColumns = sql.raw(
  'live.numerator, live.denominator, live.invited, live.registered, live.active, live.chats_migrated, live.chats_legacy_closed, live.parents_joined',
);
const rollupColumns = sql.raw(
  'r.numerator, r.denominator, r.invited, r.registered, r.active, r.chats_migrated, r.chats_legacy_closed, r.parents_joined',
);
