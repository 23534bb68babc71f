import { queryRows } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { addDays, isoToday } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let federal: Caller;
let otherRegion: Caller;
let waveId: number;
const day = (offset: number) => addDays(isoToday(), offset);

/**
 * School chats opened 200 days ago with a national deadline 50 days ago. School S0 of R0M0
 * crawled (0 -> 1 of 10); S1 finished 65 days ago; the rest have no history.
 */
async function seed(database: TestDatabase['database']) {
  // The fixture's units open today; these have existed all along.
  await database.db.execute(sql`update org_units set valid_from = '2000-01-01'`);
  const [wave] = await queryRows<{ id: number }>(
    database.db,
    sql`insert into waves (code, name_en, name_ru, opens_on, national_deadline)
        values ('school_chats', 'School chats', 'Школьные чаты', ${day(-200)}, ${day(-50)})
        returning id`,
  );
  const id = wave?.id ?? 0;
  const history: [string, number, number][] = [
    ['T-R0M0S0', -100, 0],
    ['T-R0M0S0', -70, 1],
    ['T-R0M0S1', -100, 0],
    ['T-R0M0S1', -65, 10],
  ];
  for (const [code, offset, numerator] of history) {
    await database.db.execute(
      sql`insert into adoption_snapshots (org_unit_id, wave_id, day, numerator, denominator)
          values (${tree.byCode(code).id}, ${id}, ${day(offset)}, ${numerator}, 10)`,
    );
  }
  return id;
}

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: federal }, { caller: otherRegion }],
  } = await openTreeDatabase(
    { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'reg', role: 'regional_admin', scopeCode: 'T-R1' },
  ));
  waveId = await seed(testDb.database);
}, 60_000);

afterAll(() => testDb?.drop());

describe('overdue and at-risk institutions as of a past date', () => {
  const worst = (caller: Caller, asOf: string, code = 'T-RU') =>
    caller.dashboard.worstInstitutions({ nodeId: tree.byCode(code).id, waveId, asOf });

  it('before the deadline: the crawling school is at risk, the finished one is not listed', async () => {
    const result = await worst(federal, day(-60));
    expect(result.tooMany).toBe(false);
    expect(result.rows.map((row) => [row.code, row.risk, row.deadline])).toEqual([
      ['T-R0M0S0', 'at_risk', day(-50)],
    ]);
    expect(result.rows[0]?.percent).toBeCloseTo(10);
  });

  it('after the deadline the same school is overdue; before it finished, the other one too', async () => {
    expect((await worst(federal, day(-40))).rows.map((row) => [row.code, row.risk])).toEqual([
      ['T-R0M0S0', 'overdue'],
    ]);
    const early = await worst(federal, day(-66), 'T-R0M0');
    expect(early.rows.map((row) => row.code).sort()).toEqual(['T-R0M0S0', 'T-R0M0S1']);
  });

  it('a unit of another region sees none of them, and an own deadline is the one assessed', async () => {
    expect((await worst(otherRegion, day(-40), 'T-R1')).rows).toEqual([]);
    await testDb.database.db.execute(
      sql`insert into deadlines (org_unit_id, wave_id, deadline, reason)
          values (${tree.byCode('T-R0').id}, ${waveId}, ${day(-80)}, 'regional plan')`,
    );
    const result = await worst(federal, day(-60));
    expect(result.rows.map((row) => [row.code, row.risk, row.deadline])).toEqual([
      ['T-R0M0S0', 'overdue', day(-80)],
    ]);
  });
});
