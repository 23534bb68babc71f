import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import { ROLLUPS_SELECT } from './rollup-sql';
import { inNodes, type SyncReport, syncFigures } from './sync-figures';

const sums = sql.raw(`sum(numerator)::int, sum(denominator)::int, sum(invited)::int,
  sum(registered)::int, sum(active)::int, sum(chats_migrated)::int,
  sum(chats_legacy_closed)::int, sum(parents_joined)::int`);

/** Every rollup from the latest snapshots, rewriting only the rows whose figures changed. */
export function syncAllRollups(tx: Executor): Promise<SyncReport> {
  return syncFigures(tx, {
    table: 'adoption_rollups',
    keys: ['org_unit_id', 'wave_id'],
    extra: ['computed_at'],
    fresh: sql.raw(ROLLUPS_SELECT),
    scope: sql`true`,
  });
}

/**
 * The rollups of `nodes` and of every ancestor on their paths, bottom-up: a node's row is
 * its own latest snapshot plus its children's rollups, so one level at a time reads only
 * the changed nodes and their direct children.
 */
export async function syncRollupsAbove(
  tx: Executor,
  nodes: readonly number[],
): Promise<{ report: SyncReport; ancestors: number[] }> {
  const rows = await queryRows<{ id: number; depth: number }>(
    tx,
    sql`select distinct a.id, cardinality(a.path) as depth
        from org_units n cross join lateral unnest(n.path) x(id)
        join org_units a on a.id = x.id
        where ${inNodes('n.id', nodes)}`,
  );
  const byDepth = new Map<number, number[]>();
  for (const row of rows) byDepth.set(row.depth, [...(byDepth.get(row.depth) ?? []), row.id]);
  const report = { written: 0, removed: 0 };
  for (const depth of [...byDepth.keys()].sort((a, b) => b - a)) {
    const level = byDepth.get(depth) ?? [];
    const step = await syncFigures(tx, {
      table: 'adoption_rollups',
      keys: ['org_unit_id', 'wave_id'],
      extra: ['computed_at'],
      fresh: sql`
        select id, wave_id, ${sums}, now() from (
          select * from (
            select distinct on (org_unit_id, wave_id) org_unit_id as id, wave_id, numerator,
              denominator, invited, registered, active, chats_migrated, chats_legacy_closed,
              parents_joined
            from adoption_snapshots where ${inNodes('org_unit_id', level)}
            order by org_unit_id, wave_id, day desc) own
          union all
          select c.parent_id, r.wave_id, r.numerator, r.denominator, r.invited, r.registered,
            r.active, r.chats_migrated, r.chats_legacy_closed, r.parents_joined
          from org_units c join adoption_rollups r on r.org_unit_id = c.id
          where ${inNodes('c.parent_id', level)}
        ) x group by id, wave_id`,
      scope: inNodes('t.org_unit_id', level),
    });
    report.written += step.written;
    report.removed += step.removed;
  }
  return { report, ancestors: rows.map((row) => row.id) };
}
