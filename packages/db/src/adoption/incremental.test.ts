import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client';
import { Rng } from '../seed/prng';
import { openSeededTestDatabase, type TestDatabase } from '../testing/index';
import { applyRandomChanges } from './incremental-changes';
import { refreshAdoption } from './refresh';

let testDb: TestDatabase;
const today = new Date().toISOString().slice(0, 10);

/** Everything the refresh writes, in a comparable form (not when it was computed). */
async function figures() {
  const db = testDb.database.db;
  const digest = async (table: string, order: string) =>
    (
      await queryRows<{ digest: string; n: number }>(
        db,
        sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by ${order}), '')) as digest,
                 count(*)::int as n from ${table} t`),
      )
    )[0];
  return {
    rollups: await queryRows(
      db,
      sql`select org_unit_id, wave_id, numerator, denominator, invited, registered, active,
            chats_migrated, chats_legacy_closed, parents_joined, percent, risk, forecast_status,
            to_char(forecast_date, 'YYYY-MM-DD') as fd, to_char(forecast_earliest, 'YYYY-MM-DD') as fe,
            to_char(forecast_latest, 'YYYY-MM-DD') as fl, to_char(deadline, 'YYYY-MM-DD') as d,
            to_char(finished_on, 'YYYY-MM-DD') as f
          from adoption_rollups order by org_unit_id, wave_id`,
    ),
    snapshots: await digest('adoption_snapshots', 'org_unit_id, wave_id, day'),
    history: await digest('adoption_subtree_history', 'org_unit_id, wave_id, day'),
  };
}

beforeAll(async () => {
  testDb = await openSeededTestDatabase();
  await refreshAdoption(testDb.database.db, today, { full: true });
}, 180_000);

afterAll(() => testDb?.drop());

describe('incremental adoption refresh', () => {
  it('gives exactly what a full rebuild gives, after random changes (fixed seed)', async () => {
    const db = testDb.database.db;
    const rng = new Rng(20261206);
    for (let round = 0; round < 3; round++) {
      await applyRandomChanges(db, rng, 40);
      const incremental = await refreshAdoption(db, today);
      expect(incremental?.mode).toBe('incremental');
      expect(incremental?.rowsWritten).toBeGreaterThan(0);
      const afterIncremental = await figures();
      const rebuilt = await refreshAdoption(db, today, { full: true });
      expect(rebuilt?.mode).toBe('full');
      expect(await figures()).toEqual(afterIncremental);
      // The rebuild found nothing left to write.
      expect(rebuilt?.rowsWritten).toBe(0);
    }
  }, 300_000);

  it('writes nothing when nothing changed', async () => {
    const report = await refreshAdoption(testDb.database.db, today);
    expect(report).toMatchObject({ mode: 'incremental', changedNodes: 0, rowsWritten: 0 });
  }, 60_000);

  it('reassesses a subtree whose deadline changed, and nothing else', async () => {
    const db = testDb.database.db;
    const [target] = await queryRows<{ id: number; wave_id: number }>(
      db,
      sql`select u.id, r.wave_id from org_units u join adoption_rollups r on r.org_unit_id = u.id
          where u.level = 'municipality' and r.percent < 100 order by u.id limit 1`,
    );
    if (!target) throw new Error('no municipality with a rollup');
    await db.execute(sql`
      insert into deadlines (org_unit_id, wave_id, deadline, reason)
      values (${target.id}, ${target.wave_id}, '2020-01-01', 'test')
      on conflict (org_unit_id, wave_id) do update set deadline = excluded.deadline`);
    const report = await refreshAdoption(db, today);
    expect(report?.changedNodes).toBe(0);
    expect(report?.rowsWritten).toBeGreaterThan(0);
    const [row] = await queryRows<{ deadline: string }>(
      db,
      sql`select to_char(deadline, 'YYYY-MM-DD') as deadline from adoption_rollups
          where org_unit_id = ${target.id} and wave_id = ${target.wave_id}`,
    );
    expect(row?.deadline).toBe('2020-01-01');
    const afterIncremental = await figures();
    const rebuilt = await refreshAdoption(db, today, { full: true });
    expect(rebuilt?.rowsWritten).toBe(0);
    expect(await figures()).toEqual(afterIncremental);
  }, 120_000);
});
