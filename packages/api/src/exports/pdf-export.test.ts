import { execFileSync } from 'node:child_process';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
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

/** The PDF's text as poppler's pdftotext extracts it (installed by .ci/run). */
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('PDF summary', () => {
  it('shows Cyrillic names, the counts, and the export id with the data hash on every page', async () => {
    const node = tree.byCode('T-R0M0S0');
    await district.caller.staff.create({
      orgUnitId: node.id,
      fullName: 'Щербакова Ёлка Юрьевна',
      role: 'teacher',
    });
    const { job, file, manifest } = await exportNow(deps, district.caller, {
      report: 'staff',
      format: 'pdf',
      nodeId: node.id,
    });
    const text = pdfText(file);
    expect(text).toContain('Щербакова Ёлка Юрьевна');
    expect(text).toContain(`Rows: ${manifest.rows}`);
    expect(text).toMatch(/not_invited: \d+/);
    expect(manifest.dataSha256).toMatch(/^[0-9a-f]{64}$/);
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(page).toContain(`Export #${job.id}`);
      expect(page.replace(/\s+/g, '')).toContain(manifest.dataSha256);
    }
  });
});
