import { openSeededTestDatabase, type SeededTestDatabase } from '@cutover/db/testing';
import { addDays, daysBetween } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserCaller, type Caller, testDeps } from '../testing/callers';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../users/demo-accounts';

let testDb: SeededTestDatabase;
let federal: Caller;

beforeAll(async () => {
  testDb = await openSeededTestDatabase();
  await ensureDemoAccounts(testDb.database);
  federal = browserCaller(testDeps(testDb.database), {});
  await federal.auth.signIn({ login: 'federal@demo.cutover', password: DEMO_PASSWORD });
}, 180_000);

afterAll(() => testDb?.drop());

/** A small seeded generator, so a failure names a case that can be replayed. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

describe('finish dates', () => {
  it('are the same live and as of any later day, for random finished nodes and days', async () => {
    const read = await testDb.database.db.execute(
      sql`select r.org_unit_id as id, r.wave_id as "waveId",
            to_char(r.finished_on, 'YYYY-MM-DD') as "finishedOn"
          from adoption_rollups r join org_units u on u.id = r.org_unit_id
          where r.finished_on is not null and u.level <> 'institution' order by 1, 2`,
    );
    const finished = (
      read as unknown as { rows: { id: number; waveId: number; finishedOn: string }[] }
    ).rows;
    expect(finished.length).toBeGreaterThan(100);
    const next = random(20251130);
    for (let round = 0; round < 12; round++) {
      const node = finished[next(finished.length)];
      if (!node) throw new Error('no node');
      const live = await federal.dashboard.summary({ nodeId: node.id });
      const liveWave = live.waves.find((wave) => wave.wave.id === node.waveId);
      expect(liveWave?.finishedOn).toBe(node.finishedOn);
      const span = daysBetween(node.finishedOn, testDb.today);
      for (const offset of [0, next(span), next(span)]) {
        const asOf = addDays(node.finishedOn, offset);
        const past = await federal.dashboard.summary({ nodeId: node.id, asOf });
        const wave = past.waves.find((w) => w.wave.id === node.waveId);
        expect({ asOf, finishedOn: wave?.finishedOn, risk: wave?.risk }).toEqual({
          asOf,
          finishedOn: node.finishedOn,
          risk: liveWave?.risk,
        });
        expect(wave?.forecast.date).toBe(node.finishedOn);
      }
      const dayBefore = await federal.dashboard.summary({
        nodeId: node.id,
        asOf: addDays(node.finishedOn, -1),
      });
      expect(dayBefore.waves.find((w) => w.wave.id === node.waveId)?.finishedOn).toBeNull();
    }
  }, 120_000);

  it('counts regions overdue and finished late on the national card, live and as of today', async () => {
    const live = await federal.dashboard.summary({});
    const chats = live.waves.find((wave) => wave.wave.code === 'school_chats');
    expect(chats?.lateChildren.overdue).toBeGreaterThan(0);
    expect(chats?.lateChildren.doneLate).toBeGreaterThan(0);
    expect(live.thresholdPercent).toBe(98);
    const children = await federal.dashboard.children({ waveId: chats?.wave.id ?? 0 });
    const count = (risk: string) => children.rows.filter((row) => row.risk === risk).length;
    expect(chats?.lateChildren).toEqual({
      overdue: count('overdue'),
      doneLate: count('done_late'),
    });
    const yesterday = await federal.dashboard.summary({ asOf: addDays(testDb.today, -1) });
    const pastChats = yesterday.waves.find((wave) => wave.wave.code === 'school_chats');
    expect(pastChats?.lateChildren).toEqual(chats?.lateChildren);
  }, 120_000);

  it("finishes Tatarstan's school chats in November 2025, on time against its own deadline", async () => {
    const summary = await federal.dashboard.summary({});
    const chats = summary.waves.find((wave) => wave.wave.code === 'school_chats');
    const children = await federal.dashboard.children({ waveId: chats?.wave.id ?? 0 });
    const tatarstan = children.rows.find((row) => row.code === 'RU-TA');
    expect(tatarstan).toMatchObject({ risk: 'done', deadline: '2025-11-30' });
    expect(tatarstan?.finishedOn?.slice(0, 7)).toBe('2025-11');
  }, 60_000);
});
