import { type Executor, queryRows } from '@cutover/db';
import { sql } from 'drizzle-orm';

/**
 * A typical quarter of an hour at national scale: `statusChanges` staff status changes,
 * one statement each as people act, spread over a handful of municipalities, plus a few
 * chats migrating and a few institution deadlines edited. Deterministic for a round.
 */
export async function typicalChange(db: Executor, round: number, statusChanges = 300) {
  const municipalities = await queryRows<{ id: number }>(
    db,
    sql`select id from org_units where level = 'municipality' order by id offset ${round * 97} limit 6`,
  );
  const ids = municipalities.map((m) => m.id);
  const staff = await queryRows<{ id: number }>(
    db,
    sql`select s.id from staff s where s.municipality_id = any(${sql.param(ids)}::int[])
        order by md5(s.id::text || ${round}) limit ${statusChanges}`,
  );
  // Each member moves one step on (deactivated ones come back invited), so a rerun on the
  // same database changes figures again rather than repeating yesterday's writes.
  for (const { id } of staff) {
    await db.execute(sql`
      update staff set funnel_status = (case funnel_status when 'not_invited' then 'invited'
          when 'invited' then 'registered' when 'registered' then 'active'
          when 'active' then 'deactivated' else 'invited' end)::funnel_status,
        invited_at = coalesce(invited_at, now()),
        registered_at = case when funnel_status in ('invited', 'registered') then coalesce(registered_at, now()) else registered_at end,
        updated_at = now(), version = version + 1
      where id = ${id}`);
  }
  const chats = await queryRows<{ id: number }>(
    db,
    sql`select id from official_chats where municipality_id = any(${sql.param(ids)}::int[])
        and status = 'legacy' order by id limit 20`,
  );
  for (const { id } of chats) {
    await db.execute(
      sql`update official_chats set status = 'migrated', migrated_at = now() where id = ${id}`,
    );
  }
  const institutions = await queryRows<{ id: number }>(
    db,
    sql`select id from org_units where parent_id = any(${sql.param(ids)}::int[]) order by id limit 4`,
  );
  for (const [i, { id }] of institutions.entries()) {
    await db.execute(sql`
      insert into deadlines (org_unit_id, wave_id, deadline, reason)
      select ${id}, w.id, w.national_deadline + ${7 * (i + 1 + round)}::int, 'bench: a deadline edit'
      from waves w order by w.id limit 1
      on conflict (org_unit_id, wave_id) do update set deadline = excluded.deadline`);
  }
  return { statusChanges: staff.length, chats: chats.length, deadlines: institutions.length };
}
