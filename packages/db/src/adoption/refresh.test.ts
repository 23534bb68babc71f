import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client';
import { openSeededTestDatabase, type TestDatabase } from '../testing/index';
import { refreshAdoption } from './refresh';

let testDb: TestDatabase;
const today = new Date().toISOString().slice(0, 10);
const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(testDb.database.db, query))[0]?.n ?? -1;

beforeAll(async () => {
  testDb = await openSeededTestDatabase();
}, 180_000);

afterAll(() => testDb?.drop());

describe('adoption refresh job', () => {
  it('is idempotent for a day', async () => {
    await refreshAdoption(testDb.database.db, today);
    const first = await count(sql`select count(*)::int as n from adoption_snapshots`);
    const history = await count(sql`select count(*)::int as n from adoption_subtree_history`);
    await refreshAdoption(testDb.database.db, today);
    expect(await count(sql`select count(*)::int as n from adoption_snapshots`)).toBe(first);
    expect(await count(sql`select count(*)::int as n from adoption_subtree_history`)).toBe(history);
  }, 60_000);

  it('carries a migrated chat into the snapshot, every rollup above it and the subtree history', async () => {
    const [chat] = await queryRows<{ id: number; org_unit_id: number; path: number[] }>(
      testDb.database.db,
      sql`select c.id, c.org_unit_id, u.path from official_chats c join org_units u on u.id = c.org_unit_id
          join waves w on w.code = 'school_chats'
          where c.status = 'legacy' and c.kind = 'class_parent' and u.kind = 'school' limit 1`,
    );
    if (!chat) throw new Error('the demo has no legacy class chat');
    const rollupOf = (nodeId: number) =>
      count(sql`select r.numerator as n from adoption_rollups r join waves w on w.id = r.wave_id
                where w.code = 'school_chats' and r.org_unit_id = ${nodeId}`);
    const before = await Promise.all(chat.path.map(rollupOf));
    await testDb.database.db.execute(
      sql`update official_chats set status = 'migrated' where id = ${chat.id}`,
    );
    await refreshAdoption(testDb.database.db, today);
    const after = await Promise.all(chat.path.map(rollupOf));
    expect(after).toEqual(before.map((n) => n + 1));
    const countryToday = await count(sql`select h.numerator as n from adoption_subtree_history h
      join waves w on w.id = h.wave_id where w.code = 'school_chats' and h.org_unit_id = ${chat.path[0] ?? 0}
      and h.day = ${today}`);
    expect(countryToday).toBe(after[0]);
  }, 60_000);

  it('answers any past date of a municipality exactly as the sum of its institutions that day', async () => {
    const mismatches = await count(sql`
      with m as (select id from org_units where level = 'municipality' order by id limit 5),
      d as (select (date '2025-10-15' + n * 37)::date as day from generate_series(0, 8) n),
      summed as (
        select m.id, d.day, s.wave_id, sum(s.numerator) as numerator
        from m cross join d
        join org_units u on u.path @> array[m.id] and u.level = 'institution'
        join lateral (select distinct on (wave_id) wave_id, numerator from adoption_snapshots
          where org_unit_id = u.id and day <= d.day order by wave_id, day desc) s on true
        group by m.id, d.day, s.wave_id),
      stored as (
        select s.id, s.day, s.wave_id, h.numerator from summed s
        join lateral (select numerator from adoption_subtree_history h where h.org_unit_id = s.id
          and h.wave_id = s.wave_id and h.day <= s.day order by h.day desc limit 1) h on true)
      select count(*)::int as n from summed s join stored t using (id, day, wave_id)
      where s.numerator <> t.numerator`);
    expect(mismatches).toBe(0);
  }, 60_000);
});
