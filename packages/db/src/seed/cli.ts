import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { openDatabase } from '../client';
import { resolveToday, SeedError, type SeedReport } from './options';
import type { ScaleName } from './scales';
import { seedDemo } from './seed-demo';
import { seedNational } from './seed-national';
import { hasData } from './steps';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

const usage = 'usage: pnpm seed [--scale demo|national] [--today YYYY-MM-DD] [--seed N]';

interface CliOptions {
  scale: ScaleName;
  today: string | undefined;
  seed: number | undefined;
}

function parseCli(argv: string[]): CliOptions {
  let values: { scale?: string; today?: string; seed?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { scale: { type: 'string' }, today: { type: 'string' }, seed: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new SeedError(`${(error as Error).message}; ${usage}`);
  }
  const scale = values.scale ?? 'demo';
  if (scale !== 'demo' && scale !== 'national') {
    throw new SeedError(`unknown scale "${scale}"; ${usage}`);
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    throw new SeedError(`the seed must be an integer, not "${values.seed}"`);
  }
  // Checked before touching any database, so a typo costs nothing.
  resolveToday(values.today);
  return { scale, today: values.today, seed };
}

/** pnpm runs the script from packages/db; a relative data dir means relative to where the user was. */
function dataDir(): string {
  const configured = process.env.CUTOVER_DATA_DIR;
  if (!configured) return path.join(repoRoot, '.data');
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), configured);
}

async function main(): Promise<void> {
  // pnpm passes a lone "--" through when called as `pnpm seed -- --scale national`.
  const options = parseCli(process.argv.slice(2).filter((arg) => arg !== '--'));
  // The seed writes as the tables' owner, like the migrations.
  const url = process.env.DATABASE_MIGRATION_URL || process.env.DATABASE_URL || undefined;
  if (options.scale === 'national' && !url) {
    throw new SeedError(
      'the national scale needs PostgreSQL: set DATABASE_URL (the embedded PGlite engine holds the demo scale only)',
    );
  }
  const database = await openDatabase(url ? { url } : { dataDir: dataDir() });
  let report: SeedReport | null = null;
  try {
    await database.migrate();
    if (await hasData(database.db)) {
      throw new SeedError('the database already has data; seed only an empty database');
    }
    console.log(`seeding the ${options.scale} country into ${url ? 'PostgreSQL' : dataDir()}…`);
    if (options.scale === 'demo') report = await seedDemo(database, options);
  } finally {
    await database.close();
  }
  // The national seed streams over a connection of its own.
  if (options.scale === 'national' && url) report = await seedWithProgress(url, options);
  if (report) printReport(report);
}

async function seedWithProgress(url: string, options: CliOptions): Promise<SeedReport> {
  const bar = new SingleBar({
    format: 'regions {bar} {value}/{total} | {region} | {rows} rows | {duration_formatted}',
    hideCursor: true,
  });
  bar.start(1, 0, { region: '', rows: 0 });
  try {
    return await seedNational(url, {
      ...options,
      onRegion: ({ regionsDone, regionsTotal, region, rows }) => {
        bar.setTotal(regionsTotal);
        bar.update(regionsDone, { region, rows: rows.toLocaleString('en-US') });
      },
    });
  } finally {
    bar.stop();
  }
}

function printReport(report: SeedReport): void {
  console.log(
    `seeded the ${report.scale} country (today ${report.today}, seed ${report.seed}) on ${report.engine} in ${report.seconds.toFixed(1)} s`,
  );
  const width = Math.max(...Object.keys(report.counts).map((table) => table.length));
  for (const [table, count] of Object.entries(report.counts)) {
    console.log(`  ${table.padEnd(width)}  ${count.toLocaleString('en-US').padStart(11)}`);
  }
}

/** The database's own words rather than the query that failed, on one line. */
function oneLine(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  const line = message.split('\n')[0] ?? message;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`seed failed: ${oneLine(error)}`);
    process.exit(1);
  },
);
