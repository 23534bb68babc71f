import { createReadStream, rmSync, writeFileSync } from 'node:fs';
import {
  appRouter,
  createCallerFactory,
  discardFile,
  receiveFile,
  uploadImport,
} from '@cutover/api';
import { type Database, openDatabase } from '@cutover/db';
import { seedDemo } from '@cutover/db/seed';
import { sql } from 'drizzle-orm';
import { federalContext, measured } from './imports-context';
import { writeRosterCsv } from './imports-data';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

/** Dry run and commit of a 100,000-row staff CSV by a federal admin, as the route runs them. */
export async function runImportBench(database: Database, engine: string) {
  const context = await federalContext(database);
  const csvPath = await writeRosterCsv(database, ROWS);
  try {
    const dryRun = await measured(async () => {
      const file = await receiveFile(createReadStream(csvPath), 'bench.csv', 200 * 2 ** 20);
      try {
        return await uploadImport(context, { format: 'staff_csv', file });
      } finally {
        await discardFile(file);
      }
    });
    if (dryRun.result.status !== 'validated') {
      throw new Error(
        `dry run ended ${dryRun.result.status}: ${JSON.stringify(dryRun.result.errors.slice(0, 3))}`,
      );
    }
    const caller = createCallerFactory(appRouter)(context);
    const commit = await measured(() => caller.imports.commit({ id: dryRun.result.id }));
    const figures = {
      engine,
      rows: ROWS,
      counts: commit.result.counts,
      dryRun: { seconds: dryRun.seconds, peakRssMb: dryRun.peakRssMb },
      commit: {
        seconds: commit.seconds,
        peakRssMb: commit.peakRssMb,
        status: commit.result.status,
      },
    };
    process.stdout.write(
      `\nroster import, ${ROWS} rows (${engine})\n${JSON.stringify(figures, null, 2)}\n`,
    );
    return figures;
  } finally {
    rmSync(csvPath, { force: true });
  }
}

/** National scale: a copy of the seeded database (the original is never written). */
export async function benchImports(url: string) {
  const copy = `${new URL(url).pathname.slice(1)}_imports`;
  const admin = await openDatabase({
    url: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
  });
  await admin.db.execute(sql.raw(`drop database if exists "${copy}"`));
  await admin.db.execute(
    sql.raw(`create database "${copy}" template "${new URL(url).pathname.slice(1)}"`),
  );
  const database = await openDatabase({
    url: Object.assign(new URL(url), { pathname: `/${copy}` }).toString(),
  });
  try {
    await database.migrate();
    const figures = await runImportBench(database, 'postgres');
    writeFileSync(
      new URL('./results/imports.json', import.meta.url),
      `${JSON.stringify({ at: new Date().toISOString(), ...figures }, null, 2)}\n`,
    );
  } finally {
    await database.close();
    await admin.db.execute(sql.raw(`drop database if exists "${copy}" with (force)`));
    await admin.close();
  }
}

/** The embedded engine: the demo country seeded in memory. */
export async function benchImportsPglite() {
  const database = await openDatabase({ dataDir: 'memory://bench' });
  try {
    await database.migrate();
    await seedDemo(database, {});
    const figures = await runImportBench(database, 'pglite (demo country)');
    writeFileSync(
      new URL('./results/imports-pglite.json', import.meta.url),
      `${JSON.stringify({ at: new Date().toISOString(), ...figures }, null, 2)}\n`,
    );
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--pglite')) await benchImportsPglite();
  else {
    const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
    if (!url) throw new Error('set DATABASE_URL to a national-scale database, or pass --pglite');
    await benchImports(url);
  }
}
