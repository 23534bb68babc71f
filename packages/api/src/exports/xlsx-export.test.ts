import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import type { SignedIn } from '../testing/callers';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';
import { exportDeps, exporter, exportNow } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
let district: SignedIn;

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  deps = exportDeps(testDb.database);
  const persona = personas.find((p) => p.name === 'district R0M0');
  if (!persona) throw new Error('no district persona');
  district = await exporter(deps, tree, persona);
}, 60_000);

afterAll(() => testDb?.drop());

describe('XLSX export', () => {
  it('opens in an XLSX reader with typed cells, a frozen header and inert formulas', async () => {
    const node = tree.byCode('T-R0M0S1');
    const formula = '=HYPERLINK("http://x","y")';
    const created = await district.caller.staff.create({
      orgUnitId: node.id,
      fullName: formula,
      role: 'teacher',
      phone: '+7 900 123-45-67',
    });
    await district.caller.staff.bulk({ action: 'invite', ids: [created.id] });
    const { file } = await exportNow(deps, district.caller, {
      report: 'staff',
      format: 'xlsx',
      nodeId: node.id,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('staff');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['id', 'fullName', 'role']);
    const column = (key: string) => header.indexOf(key) + 1;
    const listed = await district.caller.staff.list({
      page: 1,
      perPage: 500,
      filter: { withinId: node.id },
    });
    expect(sheet.actualRowCount - 1).toBe(listed.total);
    let found = false;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      expect(typeof row.getCell(column('id')).value).toBe('number');
      if (Number(row.getCell(column('id')).value) !== created.id) return;
      found = true;
      const name = row.getCell(column('fullName'));
      expect(name.type).toBe(ExcelJS.ValueType.String);
      expect(name.value).toBe(`'${formula}`);
      expect(row.getCell(column('phone')).value).toBe('+79001234567');
      expect(row.getCell(column('phone')).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(column('invitedAt')).value).toBeInstanceOf(Date);
    });
    expect(found).toBe(true);
    expect(sheet.getColumn(column('fullName')).width).toBeGreaterThan(20);
  });
});
