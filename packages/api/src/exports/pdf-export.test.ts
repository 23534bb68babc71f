import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { refreshAdoption, schema } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { isoToday } from '@cutover/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import type { SignedIn } from '../testing/callers';
import { rowsByNode } from '../testing/matrix-targets';
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

/** The page content streams of a PDF, inflated: its drawing operators, for structure checks. */
function contentStreams(file: string): string {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const out: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated content stream (a font, say).
    }
  }
  return out.join('\n');
}

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

  it('draws the burn-up of an adoption report in vector lines, from the daily history', async () => {
    await testDb.database.db.execute(sql`update org_units set valid_from = '2020-01-01'`);
    await rowsByNode(testDb.database, tree);
    const [wave] = await testDb.database.db
      .select({ id: schema.waves.id })
      .from(schema.waves)
      .where(eq(schema.waves.code, 'school_chats'));
    for (const day of ['2026-01-10', '2026-02-10', isoToday()])
      await refreshAdoption(testDb.database.db, day);
    const { file } = await exportNow(deps, district.caller, {
      report: 'adoption',
      format: 'pdf',
      nodeId: tree.byCode('T-R0M0').id,
      waveId: wave?.id ?? 0,
    });
    const text = pdfText(file);
    expect(text).toContain('Burn-up');
    expect(text).toMatch(new RegExp(`2026-01-10: \\d+ of \\d+ → ${isoToday()}: \\d+ of \\d+`));
    expect(text).toContain('expected (denominator)');
    // Axes, the expected line and the adopted line: each a path of line segments, stroked.
    const ops = contentStreams(file);
    const segments = ops.match(/^[\d.-]+ [\d.-]+ l$/gm) ?? [];
    expect(segments.length).toBeGreaterThanOrEqual(2 + 2);
    expect(ops).toMatch(/\[3 2\] 0 d/);
  });
});
