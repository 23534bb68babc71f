import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyReportCsv, type Reader, reportSources, writePack, writeReport } from '@cutover/api';
import { openDatabase, queryRows, type Scope } from '@cutover/db';
import { isoToday } from '@cutover/domain';
import { sql } from 'drizzle-orm';

/**
 * One export, run alone in its own process so its peak RSS is the export's: the runner's
 * streaming path (the scoped report source; CSV through COPY as the runner does on
 * PostgreSQL, XLSX in keyset chunks from one read-only snapshot; the format writer) without the job row and audit record around it, so the national database
 * is only read. Prints one JSON line: rows, seconds, bytes, peak RSS.
 */
const [which, url] = process.argv.slice(2);
if (!url || !which) throw new Error('usage: exports-case <staff-csv|staff-xlsx|pack> <url>');

const database = await openDatabase({ url, poolSize: 2 });
const dir = mkdtempSync(path.join(tmpdir(), 'cutover-bench-export-'));
try {
  const [root] = await queryRows<{ id: number }>(
    database.db,
    sql`select id from org_units where level = 'country' and valid_to is null order by id limit 1`,
  );
  if (!root) throw new Error('the database is not seeded');
  const scope: Scope = {
    userId: 0,
    login: 'bench',
    role: 'federal_admin',
    nodeId: root.id,
    path: [root.id],
  };
  const inSnapshot = <T>(work: (r: Reader) => Promise<T>) =>
    database.db.transaction((tx) => work((read) => read(tx)), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
  const file = path.join(dir, `export.${which === 'pack' ? 'zip' : which.split('-')[1]}`);
  const summary = { exportId: 0, scopeName: 'bench', asOf: isoToday() };
  const progress = async () => {};
  // What the process holds before the export (node, tsx, the modules, the pool), so the
  // export's own memory is the peak above it.
  const baselineRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const started = performance.now();
  let rows = 0;
  let detail: Record<string, unknown> = {};
  if (which === 'pack') {
    const [largest] = await queryRows<{ id: number; code: string; name: string; path: number[] }>(
      database.db,
      sql`select r.id, r.code, r.name, r.path from org_units r where r.level = 'region' and r.valid_to is null
          order by (select count(*) from org_units i where i.path @> array[r.id] and i.level = 'institution') desc limit 1`,
    );
    if (!largest) throw new Error('no region');
    detail = { region: largest.code };
    ({ rows } = await inSnapshot((r) =>
      writePack({
        reader: r,
        scope,
        input: { nodeId: largest.id, filter: {} },
        node: largest,
        file,
        exportId: 0,
        asOf: isoToday(),
        checkpoint: null,
        progress,
      }),
    ));
  } else {
    const format = which === 'staff-xlsx' ? 'xlsx' : 'csv';
    const source = reportSources.staff(scope, { nodeId: root.id, filter: {} });
    if (format === 'xlsx') {
      // A million rows: the first million staff ids (an XLSX sheet holds 1,048,576).
      const [cut] = await queryRows<{ id: number }>(
        database.db,
        sql`select id from staff order by id offset 999999 limit 1`,
      );
      source.where = [...source.where, sql`"staff"."id" <= ${cut?.id ?? 0}`];
    }
    const { withClient } = database;
    if (format === 'csv' && !withClient) throw new Error('the CSV case needs PostgreSQL');
    ({ rows } = await (format === 'csv' && withClient
      ? copyReportCsv({ withClient, source, file, excel: false, progress })
      : inSnapshot((r) =>
          writeReport({
            reader: r,
            source,
            report: 'staff',
            format,
            file,
            excel: false,
            summary,
            progress,
          }),
        )));
  }
  const seconds = (performance.now() - started) / 1000;
  const result = {
    case: which,
    rows,
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round(rows / seconds),
    bytes: statSync(file).size,
    baselineRssMb,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    exportRssMb: Math.round(process.resourceUsage().maxRSS / 1024) - baselineRssMb,
    ...detail,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  await database.close();
}
