import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { reportSources } from '@cutover/api';
import {
  inlineParams,
  openDatabase,
  orderClause,
  queryRows,
  type ReportSource,
  reportCell,
  reportCsvCopyStatement,
} from '@cutover/db';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { compileCase } from './compile-case';

const round = (n: number) => Math.round(n * 100) / 100;

/** The report's plain query: its cells, scope, filters and order, no CSV neutralizing. */
function plainQuery(source: ReportSource): SQL {
  const cells = sql.join(
    source.columns.map((column) => sql`${reportCell(column)} as ${sql.identifier(column.key)}`),
    sql`, `,
  );
  return sql`select ${cells} from ${source.from} where ${sql.join([...source.where], sql` and `)} order by ${orderClause(source)}`;
}

/** `psql \copy (query) to FILE csv header`: rows, seconds, rows/s, bytes. */
function psqlCopy(url: string, query: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-bench-copy-'));
  const out = path.join(dir, 'copy.csv');
  const started = performance.now();
  const copy = spawnSync(
    'psql',
    [url, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy (${query}) to '${out}' csv header`],
    { encoding: 'utf8' },
  );
  const seconds = (performance.now() - started) / 1000;
  if (copy.status !== 0) throw new Error(`psql \\copy failed: ${copy.stderr}`);
  const rows = Number(/COPY (\d+)/.exec(copy.stdout)?.[1] ?? 0);
  const bytes = statSync(out).size;
  rmSync(dir, { recursive: true, force: true });
  return { rows, seconds: round(seconds), rowsPerSecond: Math.round(rows / seconds), bytes };
}

/**
 * Runs one export case in a process of its own (its peak RSS is the export's): as compiled
 * JavaScript when `compiled` is given (as `pnpm start` runs the server), else under tsx (as
 * `pnpm dev` and the tests run it).
 */
function runCase(which: string, url: string, compiled?: string) {
  const args = compiled ? [compiled] : ['--import', 'tsx', 'exports-case.ts'];
  const run = spawnSync(process.execPath, [...args, which, url], {
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
 * every staff member to CSV (through COPY, as the runner does, hashed as the runner hashes it)
 * against `psql \copy` of the export's own statement (the goal) and of the report's plain
 * query (for information), a million rows to XLSX, and the audit pack of the largest region.
 */
export async function benchExports(url: string) {
  const database = await openDatabase({ url, poolSize: 1 });
  let plain: string;
  let exportStatement: string;
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
    const query = new PgDialect().sqlToQuery(plainQuery(source));
    plain = inlineParams(query.sql, query.params);
    // The export's own statement (the goal's baseline); the plain query beside it shows what
    // the neutralizing costs PostgreSQL.
    exportStatement = reportCsvCopyStatement(source, ',')
      .replace(/^copy \(/, '')
      .replace(/\) to stdout with \(format csv, delimiter ','\)$/, '');
  } finally {
    await database.close();
  }

  const loadBefore = loadavg()[0] ?? 0;
  const psql = psqlCopy(url, plain);
  const psqlExportQuery = psqlCopy(url, exportStatement);
  // The goals are measured as production runs the server: compiled JavaScript (`pnpm start`).
  const compiled = await compileCase('exports-case.ts');
  const csv = runCase('staff-csv', url, compiled);
  // The same CSV under tsx, for information (what `pnpm dev` holds).
  const csvTsx = runCase('staff-csv', url);
  const xlsx = runCase('staff-xlsx', url, compiled);
  const pack = runCase('pack', url, compiled);
  const loadAfter = loadavg()[0] ?? 0;

  // The goal's baseline is psql running the very statement the export runs (the same rows,
  // cells and neutralizing); the plain query's ratio is shown beside it for information.
  const ratio = round(Number(csv.rowsPerSecond) / psqlExportQuery.rowsPerSecond);
  const ratioToPlain = round(Number(csv.rowsPerSecond) / psql.rowsPerSecond);
  const goals = {
    csvVsPsql: { goal: '>= 0.6', value: ratio, met: ratio >= 0.6 },
    csvVsPsqlPlainQuery: { goal: 'information', value: ratioToPlain },
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
  const result = {
    at: new Date().toISOString(),
    load,
    psql,
    psqlExportQuery,
    csv,
    csvTsx,
    xlsx,
    pack,
    goals,
  };
  process.stdout.write(
    `\nexports (national scale, PostgreSQL)\n${JSON.stringify(result, null, 2)}\n`,
  );
  writeFileSync(
    new URL('./results/exports.json', import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  return result;
}
