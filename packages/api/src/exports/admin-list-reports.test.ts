import { schema } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { can, type ExportReport } from '@cutover/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import { type Caller, type SignedIn, signedInCaller } from '../testing/callers';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';
import { exportDeps, exportNow } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
const signedIn = new Map<string, SignedIn>();
const session = (name: string) => {
  const found = signedIn.get(name);
  if (!found) throw new Error(`no persona ${name}`);
  return found;
};

const FORMULA = '=HYPERLINK("http://x","y")';

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  deps = exportDeps(testDb.database);
  for (const persona of personas)
    signedIn.set(persona.name, await signedInCaller(deps, tree, persona));
  // Import jobs at several units, one outside each district's subtree.
  const federal = session('federal');
  for (const [i, code] of ['T-R0M0', 'T-R0M0S0', 'T-R0M1', 'T-R1M1', 'T-RU'].entries()) {
    await testDb.database.db.insert(schema.importJobs).values({
      kind: 'staff',
      fileName: i === 0 ? FORMULA : `roster-${code}.csv`,
      fileSha256: 'a'.repeat(64),
      status: i % 2 === 0 ? 'succeeded' : 'failed',
      createdByUserId: federal.user.id,
      scopeOrgUnitId: tree.byCode(code).id,
      idempotencyKey: `key-${i}`,
    });
  }
}, 120_000);

afterAll(() => testDb?.drop());

type ListReport = Extract<
  ExportReport,
  'regions' | 'municipalities' | 'institutions' | 'users' | 'imports'
>;
const listReports: readonly ListReport[] = [
  'regions',
  'municipalities',
  'institutions',
  'users',
  'imports',
];

interface ListQuery {
  filter?: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' };
}

/** Every page of the list, as the list API serves it to this caller. */
async function listAll(caller: Caller, report: ListReport, nodeId: number, query: ListQuery) {
  const ids: number[] = [];
  const filter = { ...query.filter, withinId: nodeId };
  const sort = query.sort ?? { field: 'id', order: 'ASC' as const };
  for (let page = 1; ; page++) {
    const params = { page, perPage: 500, filter, sort };
    const result = await caller[report].list(params);
    ids.push(...result.data.map((row) => Number(row.id)));
    if (ids.length >= result.total || result.data.length === 0) return ids;
  }
}

async function exportedIds(caller: Caller, report: ListReport, nodeId: number, query: ListQuery) {
  const { bytes } = await exportNow(deps, caller, { report, format: 'csv', nodeId, ...query });
  return (parse(bytes, { columns: true }) as { id: string }[]).map((r) => Number(r.id));
}

const cases = personas.flatMap((persona) => listReports.map((report) => ({ persona, report })));

describe('unit, user and import list exports', () => {
  it.each(cases)(
    '$report as $persona.name: the list API rows, or refused',
    async ({ persona, report }) => {
      const { caller, node } = session(persona.name);
      if (!can(persona.role, 'exports', 'create') || !can(persona.role, report, 'list')) {
        await expect(
          caller.exports.create({ report, format: 'csv', nodeId: node.id }),
        ).rejects.toMatchObject({ code: 'FORBIDDEN' });
        return;
      }
      const listed = await listAll(caller, report, node.id, {});
      expect(listed.length).toBeGreaterThan(0);
      expect(await exportedIds(caller, report, node.id, {})).toEqual(listed);
    },
  );

  it.each([
    {
      report: 'institutions' as const,
      query: { filter: { q: 's1' }, sort: { field: 'name', order: 'DESC' as const } },
    },
    {
      report: 'municipalities' as const,
      query: { sort: { field: 'code', order: 'DESC' as const } },
    },
    {
      report: 'users' as const,
      query: {
        filter: { role: ['district_admin'] },
        sort: { field: 'login', order: 'DESC' as const },
      },
    },
    {
      report: 'imports' as const,
      query: { filter: { status: ['succeeded'] }, sort: { field: 'id', order: 'DESC' as const } },
    },
  ])('$report keeps the list filter and sort', async ({ report, query }) => {
    const { caller, node } = session('federal');
    const listed = await listAll(caller, report, node.id, query);
    expect(listed.length).toBeGreaterThan(0);
    expect(await exportedIds(caller, report, node.id, query)).toEqual(listed);
  });

  it('a district export holds only its subtree', async () => {
    const { caller, node } = session('district R0M0');
    const ids = await exportedIds(caller, 'imports', node.id, {});
    expect(ids).toHaveLength(2);
    await expect(
      caller.exports.create({ report: 'users', format: 'csv', nodeId: tree.byCode('T-R1M1').id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('users: no password hash or second-factor secret, and form input comes out inert', async () => {
    const { caller, node } = session('regional R0');
    await caller.users.create({
      login: 'formula.user',
      displayName: FORMULA,
      role: 'district_admin',
      scopeOrgUnitId: tree.byCode('T-R0M1').id,
      password: 'correct horse battery staple 42',
    });
    const { bytes } = await exportNow(deps, caller, {
      report: 'users',
      format: 'csv',
      nodeId: node.id,
    });
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).not.toMatch(/password|secret|hash/i);
    expect(text).not.toMatch(/\$argon2|\$scrypt|\$2[aby]\$/);
    const rows = parse(bytes, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.login === 'formula.user')?.displayName).toBe(`'${FORMULA}`);

    const { file } = await exportNow(deps, caller, {
      report: 'users',
      format: 'xlsx',
      nodeId: node.id,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('users');
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const names: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(header.indexOf('displayName') + 1).value);
    });
    expect(names).toContain(`'${FORMULA}`);
    expect(names.every((name) => !String(name).startsWith('='))).toBe(true);
  });

  it('units and imports neutralise formulas too (a form-made name, an uploaded file name)', async () => {
    const { caller, node } = session('district R0M0');
    await caller.orgUnits.create({
      parentId: node.id,
      kind: 'school',
      code: 'FORMULA-1',
      name: '+7 school',
    });
    const units = parse(
      (await exportNow(deps, caller, { report: 'institutions', format: 'csv', nodeId: node.id }))
        .bytes,
      { columns: true },
    ) as Record<string, string>[];
    expect(units.find((r) => r.code === 'FORMULA-1')?.name).toBe("'+7 school");
    const imports = parse(
      (await exportNow(deps, caller, { report: 'imports', format: 'csv', nodeId: node.id })).bytes,
      { columns: true },
    ) as Record<string, string>[];
    expect(imports.map((r) => r.fileName)).toContain(`'${FORMULA}`);
  });
});
