import { addDays } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../client';
import { createScopedData } from '../../scoped-data';
import { separateDashboardReads } from '../../testing/dashboard-reads';
import { openSeededTestDatabase, type SeededTestDatabase } from '../../testing/index';
import type { OrgUnitRecord } from '../org-units/org-units';
import type { Scope } from '../scope';

interface TestNode {
  id: number;
  level: string;
  path: number[];
}

type ScopedData = ReturnType<typeof createScopedData>;

let testDb: SeededTestDatabase;
let nodes: TestNode[];

const actor = { userId: 0, login: 'test', requestId: 'test', clientIp: '127.0.0.1' };

function scopeOf(node: { id: number; path: number[] }): Scope {
  return { userId: 0, login: 'test', role: 'federal_admin', nodeId: node.id, path: node.path };
}

beforeAll(async () => {
  testDb = await openSeededTestDatabase();
  const { db } = testDb.database;
  // One node of every level, the first and last by id, and the nodes under deadlines.
  nodes = await queryRows(
    db,
    sql`select id, level::text as level, path from org_units
         where id in (select min(id) from org_units group by level union select max(id) from org_units group by level)
        order by id`,
  );
  const institution = nodes.find((node) => node.level === 'institution');
  if (!institution) throw new Error('the demo country has no institution');
  // Settings on the path of an institution, set now (a time with microseconds).
  for (const [index, id] of institution.path.slice(1).entries()) {
    await db.execute(sql`
      insert into deadlines (org_unit_id, wave_id, deadline, reason, set_at)
      select ${id}, id, national_deadline - ${10 * (index + 1)}::integer, ${`level ${index + 1}`}, now()
        from waves where sort_order % 2 = ${index % 2}::integer
      on conflict (org_unit_id, wave_id) do nothing`);
  }
}, 180_000);

afterAll(() => testDb?.drop());

describe('dashboard reads in one query', () => {
  it('answers as the separate queries do, for every level, live and as of past days', async () => {
    const root = nodes.find((node) => node.level === 'country');
    if (!root) throw new Error('no country');
    const scopes = [root, ...nodes.filter((node) => node.level === 'region')];
    const days = [
      testDb.today,
      addDays(testDb.today, -1),
      addDays(testDb.today, -45),
      '2000-01-01',
    ];
    const cases = days.map((day) => ({
      asOf: day === testDb.today ? null : day,
      weekAgo: addDays(day, -7),
    }));
    const compared = await compareWithSeparateQueries(
      scopes,
      cases,
      (data, node, summaryDays) => data.adoption.summary(node.id, summaryDays),
      async (data, node, expected, { asOf, weekAgo }) => ({
        node: expected,
        ancestors: await data.orgUnits.ancestors(expected.path.slice(0, -1)),
        waves: await data.adoption.waves(),
        settings: sortedById(await data.deadlines.onPath(expected.path)),
        live: asOf ? [] : sortedBy(await separate(data).current(node.id), 'waveId'),
        lateChildren: asOf
          ? []
          : [...(await data.adoption.childLateCounts(node.id))].sort(
              (a, b) => a.waveId - b.waveId || a.risk.localeCompare(b.risk),
            ),
        past: asOf ? await separate(data).asOf(node.id, node.level, asOf) : [],
        weekAgo: await separate(data).asOf(node.id, node.level, weekAgo),
      }),
    );
    expect(compared).toBeGreaterThan(30);
  }, 120_000);

  it('reads a node and a wave as the node and wave queries do', async () => {
    const { db } = testDb.database;
    const waves = await createScopedData(
      db,
      scopeOf(nodes[0] ?? { id: 0, path: [] }),
      actor,
    ).adoption.waves();
    const waveIds = [...waves.map((wave) => wave.id), 0];
    const compared = await compareWithSeparateQueries(
      nodes.filter((node) => node.level !== 'institution'),
      waveIds,
      (data, node, waveId) => data.adoption.nodeWithWave(node.id, waveId),
      async (_data, _node, expected, waveId) => ({
        node: expected,
        wave: waves.find((wave) => wave.id === waveId) ?? null,
      }),
    );
    expect(compared).toBeGreaterThan(30);
  }, 120_000);

  it('reads the deadline settings on the path with their author and exact time', async () => {
    const { db } = testDb.database;
    const institution = nodes.find((node) => node.level === 'institution');
    const root = nodes.find((node) => node.level === 'country');
    if (!institution || !root) throw new Error('no institution');
    const data = createScopedData(db, scopeOf(root), actor);
    const read = await data.adoption.summary(institution.id, {
      asOf: null,
      weekAgo: addDays(testDb.today, -7),
    });
    expect(read?.settings.length).toBeGreaterThan(0);
    for (const setting of read?.settings ?? []) expect(setting.setAt).toBeInstanceOf(Date);
  });
});

/**
 * Under every scope, reads every test node for every case with the combined query and holds it
 * equal to what the separate queries answer (null when the node is outside the scope).
 * Returns how many reads found their node, so a test can check that it compared enough.
 */
async function compareWithSeparateQueries<Case>(
  scopes: TestNode[],
  cases: Case[],
  combined: (data: ScopedData, node: TestNode, testCase: Case) => Promise<unknown>,
  separate: (
    data: ScopedData,
    node: TestNode,
    expected: OrgUnitRecord,
    testCase: Case,
  ) => Promise<unknown>,
): Promise<number> {
  const { db } = testDb.database;
  let compared = 0;
  for (const scopeNode of scopes) {
    const data = createScopedData(db, scopeOf(scopeNode), actor);
    for (const node of nodes) {
      for (const testCase of cases) {
        const read = await combined(data, node, testCase);
        const [expected] = await data.orgUnits.byIds(undefined, [node.id]);
        if (!expected) {
          expect(read).toBeNull();
          continue;
        }
        expect(read).toEqual(await separate(data, node, expected, testCase));
        compared++;
      }
    }
  }
  return compared;
}

function separate(data: ScopedData) {
  return separateDashboardReads(testDb.database.db, data.scope);
}

function sortedBy<T extends Record<K, number>, K extends string>(rows: T[], key: K): T[] {
  return [...rows].sort((a, b) => a[key] - b[key]);
}

function sortedById<T extends { id: number }>(rows: T[]): T[] {
  return sortedBy(rows, 'id');
}
