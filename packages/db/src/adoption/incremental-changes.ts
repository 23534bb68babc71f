import { funnelStatusValues } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import type { Rng } from '../seed/prng';

const ids = async (db: Executor, query: ReturnType<typeof sql>) =>
  (await queryRows<{ id: number }>(db, query)).map((row) => row.id);

/**
 * One round of the changes a day brings, drawn from `rng`: status changes, new and
 * deactivated staff, chats moving, a deadline set or removed, an institution moved to
 * another municipality and one merged into another. For tests and the benchmark.
 */
export async function applyRandomChanges(db: Executor, rng: Rng, statusChanges: number) {
  const [range] = await queryRows<{ lo: number; hi: number }>(
    db,
    sql`select min(id)::int as lo, max(id)::int as hi from staff`,
  );
  for (let i = 0; i < statusChanges; i++) {
    const status = rng.pick(funnelStatusValues);
    await db.execute(sql`
      update staff set funnel_status = ${status},
        invited_at = case when ${status} = 'not_invited' then null else coalesce(invited_at, now()) end,
        registered_at = case when ${status} in ('registered', 'active') then coalesce(registered_at, now()) else registered_at end
      where id = (select id from staff where id >= ${rng.int(range?.lo ?? 0, range?.hi ?? 0)} order by id limit 1)`);
  }
  const institutions = await ids(
    db,
    sql`select id from org_units where level = 'institution' order by id`,
  );
  for (let i = 0; i < 3; i++) {
    await db.execute(sql`
      insert into staff (org_unit_id, full_name, role, funnel_status, invited_at)
      values (${rng.pick(institutions)}, ${`Test Person ${rng.int(1, 1e9)}`},
        ${rng.chance(0.2) ? 'director' : 'teacher'}, 'invited', now())`);
  }
  await db.execute(sql`
    update staff set funnel_status = 'deactivated', deactivated_at = now()
    where id = (select id from staff where org_unit_id = ${rng.pick(institutions)} order by id limit 1)`);
  for (let i = 0; i < 5; i++) {
    await db.execute(sql`
      update official_chats set status = ${rng.chance(0.5) ? 'migrated' : 'legacy_closed'},
        parents_joined = least(parents_expected, parents_joined + ${rng.int(0, 5)})
      where id = (select id from official_chats where org_unit_id = ${rng.pick(institutions)}
        and kind in ('class_parent', 'class_pupil') order by id limit 1)`);
  }
  await editDeadline(db, rng);
  await moveInstitution(db, rng.pick(institutions), rng);
  await mergeInstitution(db, rng.pick(institutions), rng.pick(institutions));
}

async function editDeadline(db: Executor, rng: Rng) {
  const nodes = await ids(
    db,
    sql`select id from org_units where level <> 'institution' order by id`,
  );
  const waves = await ids(db, sql`select id from waves order by id`);
  const node = rng.pick(nodes);
  const wave = rng.pick(waves);
  if (rng.chance(0.3)) {
    await db.execute(sql`delete from deadlines where org_unit_id = ${node} and wave_id = ${wave}`);
    return;
  }
  const day = `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  await db.execute(sql`
    insert into deadlines (org_unit_id, wave_id, deadline, reason) values (${node}, ${wave}, ${day}, 'test')
    on conflict (org_unit_id, wave_id) do update set deadline = excluded.deadline`);
}

/** As orgUnitWrites: the node's parent, then the paths of its whole subtree. */
async function moveInstitution(db: Executor, id: number, rng: Rng) {
  const municipalities = await queryRows<{ id: number; path: number[] }>(
    db,
    sql`select id, path from org_units where level = 'municipality' order by id`,
  );
  const target = rng.pick(municipalities);
  const [node] = await queryRows<{ path: number[] }>(
    db,
    sql`select path from org_units where id = ${id}`,
  );
  if (!node) return;
  await db.execute(sql`update org_units set parent_id = ${target.id} where id = ${id}`);
  await db.execute(sql`
    update org_units set path = ${sql.param(target.path)}::integer[] || path[${node.path.length}:],
      depth = ${target.path.length} + cardinality(path) - ${node.path.length}
    where path @> array[${id}::int]`);
}

/** As the merge: members move to the survivor, the merged node closes. */
async function mergeInstitution(db: Executor, fromId: number, toId: number) {
  if (fromId === toId) return;
  await db.execute(sql`update staff set org_unit_id = ${toId} where org_unit_id = ${fromId}`);
  await db.execute(
    sql`update official_chats set org_unit_id = ${toId} where org_unit_id = ${fromId}`,
  );
  await db.execute(sql`
    update org_units set merged_into_id = ${toId}, valid_to = current_date where id = ${fromId}`);
}
