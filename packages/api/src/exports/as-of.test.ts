import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { type ExportKind, isoToday, pastDayKinds } from '@cutover/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import { failure } from '../staff/testing';
import type { SignedIn } from '../testing/callers';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';
import { readPackEntries } from './pack-verify';
import { exportDeps, exporter, exportNow } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
let federal: SignedIn;

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  deps = exportDeps(testDb.database);
  const persona = personas.find((p) => p.name === 'federal');
  if (!persona) throw new Error('no federal persona');
  federal = await exporter(deps, tree, persona);
}, 60_000);

afterAll(() => testDb?.drop());

const yesterday = () => {
  const day = new Date(`${isoToday()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
};

const currentOnly: ExportKind[] = [
  'staff',
  'chats',
  'lagging',
  'regions',
  'municipalities',
  'institutions',
  'users',
  'imports',
];

describe('"as of" a past day', () => {
  it.each(currentOnly)('%s keeps no history: a past day is refused, saying why', async (report) => {
    expect(pastDayKinds).not.toContain(report);
    expect(
      await failure(
        federal.caller.exports.create({
          report,
          format: 'csv',
          nodeId: tree.byCode('T-RU').id,
          waveId: report === 'lagging' ? 1 : undefined,
          asOf: yesterday(),
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', fields: { asOf: 'exports.errors.current_state_only' } });
  });

  it('today is the current state, and is accepted', async () => {
    const { manifest } = await exportNow(deps, federal.caller, {
      report: 'staff',
      format: 'csv',
      nodeId: tree.byCode('T-R0').id,
      asOf: isoToday(),
    });
    expect(manifest.asOf).toBe(isoToday());
  });

  it('an audit pack of a past day names the one file that shows the current state', async () => {
    const { file } = await exportNow(deps, federal.caller, {
      report: 'pack',
      format: 'zip',
      nodeId: tree.byCode('T-R0M0').id,
      asOf: yesterday(),
    });
    const manifest = JSON.parse((await readPackEntries(file)).manifest ?? '{}');
    expect(manifest.asOf).toBe(yesterday());
    expect(manifest.currentState).toEqual(['subtree.csv']);
  });
});
