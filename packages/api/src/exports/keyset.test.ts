import { type Executor, loadScope, readReport, schema, staffReport } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signedInCaller, testDeps } from '../testing/callers';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let federal: SignedIn;

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  const persona = personas.find((p) => p.name === 'federal');
  if (!persona) throw new Error('no federal persona');
  federal = await signedInCaller(testDeps(testDb.database), tree, persona);
  // Repeated names, NULL and repeated times, several statuses: every tie the keyset must break.
  const codes = ['T-R0M0S0', 'T-R0M1S1', 'T-R1M0S0'];
  await testDb.database.db.insert(schema.staff).values(
    Array.from({ length: 37 }, (_, n) => ({
      orgUnitId: tree.byCode(codes[n % codes.length] ?? 'T-R0M0S0').id,
      fullName: `Keyset ${n % 5}`,
      role: 'teacher' as const,
      funnelStatus: n % 3 === 0 ? ('invited' as const) : ('not_invited' as const),
      lastActiveAt: n % 2 === 0 ? null : new Date(Date.UTC(2026, 0, 1 + (n % 4))),
    })),
  );
}, 60_000);

afterAll(() => testDb?.drop());

const sorts = ['fullName', 'lastActiveAt', 'funnelStatus', 'orgUnitName', 'id'].flatMap((field) =>
  (['ASC', 'DESC'] as const).map((order) => ({ field, order })),
);

describe('keyset chunks', () => {
  it.each(sorts)('read 4 rows at a time in the list order: $field $order', async (sort) => {
    const scope = await loadScope(testDb.database.db, federal.user.id);
    if (!scope) throw new Error('no scope');
    const filter = { q: 'keyset' };
    const source = staffReport(scope, { nodeId: scope.nodeId, filter, sort });
    const ids: number[] = [];
    const reader = <T>(read: (db: Executor) => Promise<T>) => read(testDb.database.db);
    for await (const rows of readReport(reader, () => source, 4)) {
      expect(rows.length).toBeLessThanOrEqual(4);
      ids.push(...rows.map((row) => Number(row.id)));
    }
    const listed = await federal.caller.staff.list({ page: 1, perPage: 500, filter, sort });
    expect(listed.total).toBe(37);
    expect(ids).toEqual(listed.data.map((row) => row.id));
  });
});
