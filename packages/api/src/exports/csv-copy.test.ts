import { mkdtempSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type Database,
  type Executor,
  loadScope,
  queryRows,
  refreshAdoption,
  schema,
} from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { type ExportReport, isoToday } from '@cutover/domain';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import type { SignedIn } from '../testing/callers';
import { rowsByNode } from '../testing/matrix-targets';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';
import { exportDir } from './config';
import { runPendingExports } from './runner';
import { reportSources } from './sources';
import { exportDeps, exporter, exportNow } from './testing';
import { writeReport } from './write-report';

let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
let waveId: number;
/** COPY runs seen (PostgreSQL); PGlite has no COPY TO STDOUT and keeps the keyset path. */
let copies = 0;

/** The database with its COPY connection counted, or made to fail after the first bytes. */
function watched(database: Database, failMidway: boolean): Database {
  const { withClient } = database;
  if (!withClient) return database;
  return {
    ...database,
    withClient: (work) =>
      withClient((client) => {
        copies += 1;
        if (!failMidway) return work(client);
        const query = client.query.bind(client);
        const broken = Object.assign(Object.create(client), {
          query: (...args: Parameters<typeof client.query>) => {
            const result = (query as (...a: unknown[]) => unknown)(...args);
            if (result && typeof (result as { once?: unknown }).once === 'function') {
              const stream = result as NodeJS.ReadableStream & { destroy(error: Error): void };
              stream.once('data', () => stream.destroy(new Error('connection lost midway')));
            }
            return result;
          },
        });
        return work(broken);
      }),
  };
}

const hostile = [
  '=HYPERLINK("http://x","y")',
  'Иванова, "Анна"\nПетровна',
  'Петров; Пётр\r\nИльич',
  '\tтаб',
  '\rвозврат',
  '-1+1',
  '@SUM(A1)',
  '+7 900 123-45-67',
  'плюс в середине +7',
  'Строка\nвторая',
];

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  await rowsByNode(testDb.database, tree);
  const [wave] = await testDb.database.db
    .select({ id: schema.waves.id })
    .from(schema.waves)
    .limit(1);
  waveId = wave?.id ?? 0;
  const node = tree.byCode('T-R0M0S0');
  const [, , regionId, municipalityId] = node.path;
  await testDb.database.db.insert(schema.staff).values(
    hostile.map((fullName, n) => ({
      orgUnitId: node.id,
      regionId,
      municipalityId,
      fullName,
      role: 'teacher' as const,
      phone: n % 2 === 0 ? '+7 900 123-45-67' : null,
      email: n % 3 === 0 ? '' : `x${n}@example.ru`,
      externalId: n % 2 === 1 ? `-${n}` : `a,b;c"d${n}`,
      lastActiveAt: new Date(Date.UTC(2026, 0, 1 + n, 10, 30, 15, 123)),
    })),
  );
  await testDb.database.db.insert(schema.officialChats).values(
    hostile.map((title) => ({
      orgUnitId: node.id,
      regionId,
      municipalityId,
      kind: 'class_parent' as const,
      classLabel: '=1+1',
      title,
      legacyPlatform: 'whatsapp' as const,
    })),
  );
  await refreshAdoption(testDb.database.db, isoToday());
  deps = { ...exportDeps(testDb.database), database: watched(testDb.database, false) };
}, 120_000);

afterAll(() => testDb?.drop());

let signedIn: SignedIn | undefined;
const federal = async () => {
  const persona = personas.find((p) => p.name === 'federal');
  if (!persona) throw new Error('no federal persona');
  signedIn ??= await exporter(deps, tree, persona);
  return signedIn;
};

/** The keyset path's CSV of the same report for the same requester and input. */
async function keysetCsv(userId: number, report: ExportReport, input: Record<string, unknown>) {
  const scope = await loadScope(testDb.database.db, userId);
  if (!scope) throw new Error('no scope');
  const params = { nodeId: scope.nodeId, filter: {}, ...input } as Parameters<
    (typeof reportSources)['staff']
  >[1];
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cutover-keyset-')), 'k.csv');
  const reader = <T>(read: (db: Executor) => Promise<T>) => read(testDb.database.db);
  await writeReport({
    reader,
    source: reportSources[report as Exclude<ExportReport, 'pack'>](scope, params),
    report,
    format: 'csv',
    file,
    excel: Boolean(input.excel),
    summary: { exportId: 0, scopeName: '', asOf: isoToday() },
    progress: async () => {},
  });
  return readFile(file);
}

const cases: { report: ExportReport; input: Record<string, unknown> }[] = [
  { report: 'staff', input: {} },
  { report: 'staff', input: { excel: true, sort: { field: 'fullName', order: 'DESC' } } },
  { report: 'staff', input: { sort: { field: 'lastActiveAt', order: 'ASC' } } },
  // Filter values are written into the COPY statement as escaped literals.
  { report: 'staff', input: { filter: { q: 'Иванова, "Анна"' } } },
  { report: 'staff', input: { filter: { q: "x' or true or '\\" } } },
  { report: 'chats', input: {} },
  { report: 'chats', input: { excel: true } },
  { report: 'auditLog', input: {} },
  { report: 'regions', input: {} },
  { report: 'municipalities', input: { excel: true } },
  { report: 'institutions', input: {} },
  { report: 'users', input: {} },
  { report: 'imports', input: {} },
  { report: 'adoption', input: { waveId: 'fixture' } },
  { report: 'lagging', input: { waveId: 'fixture' } },
  { report: 'deadlines', input: { waveId: 'fixture', level: 'institution' } },
  { report: 'policies', input: {} },
];

describe('CSV through COPY (PostgreSQL) and through keyset chunks (both engines)', () => {
  it.each(cases)('$report $input: byte for byte the keyset CSV', async ({ report, input }) => {
    const session = await federal();
    const filled: Record<string, unknown> = { ...input, ...('waveId' in input ? { waveId } : {}) };
    // Read first: the export adds its own audit record, after its file.
    const expected = await keysetCsv(session.user.id, report, filled);
    const before = copies;
    const { bytes, manifest } = await exportNow(deps, session.caller, {
      report,
      format: 'csv',
      nodeId: session.node.id,
      ...filled,
    } as Parameters<typeof exportNow>[2]);
    expect(copies - before).toBe(testDb.database.engine === 'postgres' ? 1 : 0);
    expect(bytes.toString('utf8')).toBe(expected.toString('utf8'));
    expect(bytes.equals(expected)).toBe(true);
    const rows = parse(bytes, { bom: true, delimiter: filled.excel ? ';' : ',' }).length - 1;
    expect(manifest.rows).toBe(rows);
  });

  it('keeps hostile cells inert and readable', async () => {
    const session = await federal();
    const { bytes } = await exportNow(deps, session.caller, {
      report: 'staff',
      format: 'csv',
      nodeId: session.node.id,
      excel: true,
    });
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const rows = parse(bytes, { columns: true, bom: true, delimiter: ';' }) as Record<
      string,
      string
    >[];
    const names = rows.map((row) => row.fullName);
    expect(names).toContain(`'=HYPERLINK("http://x","y")`);
    expect(names).toContain('Иванова, "Анна"\nПетровна');
    expect(names).toContain('Петров; Пётр\r\nИльич');
    expect(names).toContain("'\tтаб");
    expect(names).toContain("'\rвозврат");
    expect(names).toContain("'-1+1");
    expect(names).toContain("'@SUM(A1)");
    expect(names).toContain("'+7 900 123-45-67");
    expect(names).toContain('плюс в середине +7');
    expect(names).toContain('Строка\nвторая');
    expect(rows.filter((row) => row.phone === "'+7 900 123-45-67").length).toBeGreaterThan(0);
    // Record ends are CRLF; a line break inside a quoted name stays as it was.
    const text = bytes.toString('utf8');
    expect(text.match(/(?<!\r)\n/g)).toEqual(['\n', '\n']);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('a COPY that fails midway fails the job: no file, no manifest, no audit record', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cutover-copy-fail-'));
    const failing = {
      ...deps,
      exports: { dir },
      database: watched(testDb.database, true),
    };
    const session = await federal();
    const queued = await session.caller.exports.create({
      report: 'staff',
      format: 'csv',
      nodeId: session.node.id,
    });
    await runPendingExports(failing);
    const job = await session.caller.exports.byId({ id: queued.id });
    const audited = await queryRows<{ n: number }>(
      testDb.database.db,
      sql`select count(*)::int as n from audit_log where action = 'export.create' and entity_id = ${String(queued.id)}`,
    );
    if (testDb.database.engine === 'postgres') {
      expect(job.status).toBe('failed');
      expect(job.fileName).toBeNull();
      expect(readdirSync(exportDir(failing))).toEqual([]);
      expect(audited[0]?.n).toBe(0);
    } else {
      // PGlite has no COPY: the keyset path ran and succeeded.
      expect(job.status).toBe('succeeded');
      expect(audited[0]?.n).toBe(1);
    }
  });
});
