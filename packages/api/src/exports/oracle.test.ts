import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { can, type ExportReport } from '@cutover/domain';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import { type Caller, type SignedIn, signedInCaller } from '../testing/callers';
import { rowsByNode } from '../testing/matrix-targets';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';
import { exportDeps, exportNow } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
const signedIn = new Map<string, SignedIn>();

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  await rowsByNode(testDb.database, tree);
  deps = exportDeps(testDb.database);
  for (const persona of personas)
    signedIn.set(persona.name, await signedInCaller(deps, tree, persona));
}, 120_000);

afterAll(() => testDb?.drop());

type ListedReport = Extract<ExportReport, 'staff' | 'chats' | 'auditLog'>;

/** Every page of the list, as the list API serves it to this caller. */
async function listAll(caller: Caller, report: ListedReport, withinId: number) {
  const ids: number[] = [];
  const filter = report === 'auditLog' ? {} : { withinId };
  for (let page = 1; ; page++) {
    const params = { page, perPage: 500, filter };
    const result =
      report === 'staff'
        ? await caller.staff.list(params)
        : report === 'chats'
          ? await caller.chats.list(params)
          : await caller.auditLog.list(params);
    ids.push(...result.data.map((row) => Number(row.id)));
    if (ids.length >= result.total || result.data.length === 0) return ids;
  }
}

const cases = personas.flatMap((persona) =>
  (['staff', 'chats', 'auditLog'] as const).map((report) => ({ persona, report })),
);

describe('oracle: an export holds exactly the rows the list API gives the same caller', () => {
  it.each(cases)('$report as $persona.name', async ({ persona, report }) => {
    const session = signedIn.get(persona.name);
    if (!session) throw new Error('not signed in');
    const nodeId = session.node.id;
    if (!can(persona.role, 'exports', 'create')) {
      await expect(
        session.caller.exports.create({ report, format: 'csv', nodeId }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      return;
    }
    const listed = await listAll(session.caller, report, nodeId);
    const { bytes } = await exportNow(deps, session.caller, { report, format: 'csv', nodeId });
    const exported = (parse(bytes, { columns: true }) as { id: string }[]).map((r) => Number(r.id));
    expect(exported).toEqual(listed);
    if (report !== 'auditLog') expect(exported.length).toBeGreaterThan(0);
  });
});
