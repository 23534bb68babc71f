import { REBUILD_ROLLUPS_SQL, REBUILD_SUBTREE_HISTORY_SQL } from '../adoption/rollup-sql';
import type { RunSql } from './write';

/** Ids were assigned by the generator, so the sequences must move past them. */
const RESET_SEQUENCES = [
  `select setval(pg_get_serial_sequence('org_units', 'id'), (select max(id) from org_units))`,
  `select setval(pg_get_serial_sequence('waves', 'id'), (select max(id) from waves))`,
];

export async function finishSeed(run: RunSql): Promise<void> {
  await run(REBUILD_ROLLUPS_SQL);
  await run(REBUILD_SUBTREE_HISTORY_SQL);
  for (const statement of RESET_SEQUENCES) await run(statement);
  // The seed wrote staff and chats in batches, each leaving counter deltas: merge them.
  await run('select fold_list_counts()');
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
  'adoption_subtree_history',
] as const;

export const countRowsSql = `select ${seededTables
  .map((table) => `(select count(*) from ${table})::int as ${table}`)
  .join(', ')}`;

/** Serializes concurrent first starts: only one of them seeds. */
export const SEED_LOCK_SQL = 'select pg_advisory_xact_lock(7270021)';
export const HAS_DATA_SQL = 'select exists (select 1 from org_units) as has_data';
export const IS_SEEDED_SQL = `select exists (select 1 from org_units where level = 'country') as seeded`;
