import type { RunSql } from './write';

/**
 * Current figures of every node and wave: the latest snapshot of each series, summed over
 * every ancestor on its path (so a node's row covers its whole subtree, itself included).
 */
export const ROLLUP_SQL = `
insert into adoption_rollups (org_unit_id, wave_id, numerator, denominator, invited, registered,
  active, chats_migrated, chats_legacy_closed, parents_joined)
select ancestor.id, latest.wave_id, sum(latest.numerator)::int, sum(latest.denominator)::int,
  sum(latest.invited)::int, sum(latest.registered)::int, sum(latest.active)::int,
  sum(latest.chats_migrated)::int, sum(latest.chats_legacy_closed)::int,
  sum(latest.parents_joined)::int
from (
  select distinct on (org_unit_id, wave_id) *
  from adoption_snapshots
  order by org_unit_id, wave_id, day desc
) latest
join org_units node on node.id = latest.org_unit_id
cross join lateral unnest(node.path) as ancestor(id)
group by ancestor.id, latest.wave_id`;

/** Ids were assigned by the generator, so the sequences must move past them. */
const RESET_SEQUENCES = [
  `select setval(pg_get_serial_sequence('org_units', 'id'), (select max(id) from org_units))`,
  `select setval(pg_get_serial_sequence('waves', 'id'), (select max(id) from waves))`,
];

export async function finishSeed(run: RunSql): Promise<void> {
  await run(ROLLUP_SQL);
  for (const statement of RESET_SEQUENCES) await run(statement);
}

export const seededTables = [
  'org_units',
  'waves',
  'deadlines',
  'staff',
  'official_chats',
  'expected_counts',
  'pupil_accounts',
  'adoption_snapshots',
  'adoption_rollups',
] as const;

export const countRowsSql = `select ${seededTables
  .map((table) => `(select count(*) from ${table})::int as ${table}`)
  .join(', ')}`;

/** Serializes concurrent first starts: only one of them seeds. */
export const SEED_LOCK_SQL = 'select pg_advisory_xact_lock(7270021)';
export const HAS_DATA_SQL = 'select exists (select 1 from org_units) as has_data';
export const IS_SEEDED_SQL = `select exists (select 1 from org_units where level = 'country') as seeded`;
