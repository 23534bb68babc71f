import { sql } from 'drizzle-orm';
import { computeRisks } from '../adoption/risks';
import type { Database } from '../client';
import { formatDay } from './calendar';
import { planCountry } from './country';
import { finishSeed, SEED_LOCK_SQL } from './finish';
import {
  AlreadySeededError,
  resolveSeed,
  resolveToday,
  type SeedOptions,
  type SeedReport,
} from './options';
import { countRows, hasData, isSeeded, writeCountry } from './steps';
import { InsertWriter, type RunSql } from './write';

/**
 * Seeds the demo country (about 2,000 institutions and 50,000 staff) in one transaction, on
 * either engine. Refuses a database that already has data: it never adds to or overwrites one.
 */
export async function seedDemo(database: Database, options: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const today = resolveToday(options.today);
  const seed = resolveSeed(options.seed);
  const plan = planCountry('demo', seed, today);
  await database.db.transaction(async (tx) => {
    const run: RunSql = (text) => tx.execute(sql.raw(text));
    await run(SEED_LOCK_SQL);
    if (await hasData(tx)) throw new AlreadySeededError();
    await writeCountry(new InsertWriter(run), plan);
    await finishSeed(run);
    await computeRisks(tx, formatDay(today));
  });
  return {
    scale: 'demo',
    engine: database.engine,
    today: formatDay(today),
    seed,
    seconds: (performance.now() - started) / 1000,
    counts: await countRows(database.db),
  };
}

/** For a server's first start: seeds only an empty database, and returns null otherwise. */
export async function seedDemoIfEmpty(
  database: Database,
  options: SeedOptions = {},
): Promise<SeedReport | null> {
  if (await isSeeded(database.db)) return null;
  try {
    return await seedDemo(database, options);
  } catch (error) {
    // Another instance seeded it between our check and our lock.
    if (error instanceof AlreadySeededError) return null;
    throw error;
  }
}
