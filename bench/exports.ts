import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { reportSources } from '@cutover/api';
import { openDatabase, queryRows, reportQuery } from '@cutover/db';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

const round = (n: number) => Math.round(n * 100) / 100;

/** A query with its parameters written in, for psql (numbers and text only occur here). */
function inline(text: string, params: unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    return typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
  });
}

/** Runs one export case in a process of its own (its peak RSS is the export's). */
function runCase(which: string, url: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'exports-case.ts', which, url], {
    cwd: path.dirname(new URL(import.meta.url).pathname),
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`export case ${which} failed: ${run.stderr}`);
  const line = run.stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line) as Record<string, number | string>;
}

/**
 * Export throughput and memory on a national-scale PostgreSQL database (read only):
 * every staff member to CSV against `psql \copy` of the very same query, a million rows
 * to XLSX, and the audit pack of the largest region.
 */
export async function benchExports(url: string) {
  const database = await openDatabase({ url, poolSize: 1 });
  let copyQuery: string;
  try {
    const [root] = await queryRows<{ id: number }>(
      database.db,
      sql`select id from org_units where level = 'country' and valid_to is null order by id limit 1`,
    );
    if (!root) throw new Error('the database is not seeded at national scale');
    const scope = {
      userId: 0,
      login: 'bench',
      role: 'federal_admin' as const,
      nodeId: root.id,
      path: [root.id],
    };
    const source = reportSources.staff(scope, { nodeId: root.id, filter: {} });
    const query = new PgDialect().sqlToQuery(reportQuery(source, null, null));
    copyQuery = inline(query.sql, query.params);
  } finally {
    await database.close();
  }

  const loadBefore = loadavg()[0] ?? 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-bench-copy-'));
  const out = path.join(dir, 'copy.csv');
  const started = performance.now();
  const copy = spawnSync(
    'psql',
    [url, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy (${copyQuery}) to '${out}' csv header`],
    { encoding: 'utf8' },
  );
  const copySeconds = (performance.now() - started) / 1000;
  if (copy.status !== 0) throw new Error(`psql \\copy failed: ${copy.stderr}`);
  const copyRows = Number(/COPY (\d+)/.exec(copy.stdout)?.[1] ?? 0);
  const copyBytes = statSync(out).size;
  rmSync(dir, { recursive: true, force: true });

  const csv = runCase('staff-csv', url);
  const xlsx = runCase('staff-xlsx', url);
  const pack = runCase('pack', url);
  const loadAfter = loadavg()[0] ?? 0;

  const psql = {
    rows: copyRows,
    seconds: round(copySeconds),
    rowsPerSecond: Math.round(copyRows / copySeconds),
    bytes: copyBytes,
  };
  const ratio = round(Number(csv.rowsPerSecond) / psql.rowsPerSecond);
  const goals = {
    csvVsPsql: { goal: '>= 0.6', value: ratio, met: ratio >= 0.6 },
    csvPeakRssMb: { goal: '< 150', value: csv.peakRssMb, met: Number(csv.peakRssMb) < 150 },
    xlsxPeakRssMb: { goal: '< 300', value: xlsx.peakRssMb, met: Number(xlsx.peakRssMb) < 300 },
    // The same goals for the export's own memory, above what the process held before it.
    csvExportRssMb: { goal: '< 150', value: csv.exportRssMb, met: Number(csv.exportRssMb) < 150 },
    xlsxExportRssMb: {
      goal: '< 300',
      value: xlsx.exportRssMb,
      met: Number(xlsx.exportRssMb) < 300,
    },
  };
  const load = { before: round(loadBefore), after: round(loadAfter) };
  const result = { at: new Date().toISOString(), load, psql, csv, xlsx, pack, goals };
  process.stdout.write(
    `\nexports (national scale, PostgreSQL)\n${JSON.stringify(result, null, 2)}\n`,
  );
  writeFileSync(
    new URL('./results/exports.json', import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  return result;
}
