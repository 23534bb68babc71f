import pg from 'pg';
import { refreshAdoption } from '../adoption/refresh';
import { openDatabase } from '../client';
import { formatDay } from './calendar';
import { CopyWriter } from './copy-writer';
import { planCountry } from './country';
import { countRowsSql, finishSeed, HAS_DATA_SQL, SEED_LOCK_SQL } from './finish';
import {
  AlreadySeededError,
  resolveSeed,
  resolveToday,
  type SeedOptions,
  type SeedReport,
} from './options';
import { parseCounts, type RegionProgress, writeCountry } from './steps';

export interface NationalSeedOptions extends SeedOptions {
  onRegion?: (progress: RegionProgress) => void;
}

/**
 * Seeds a national-scale country (about 85,000 institutions, 2 million staff, 2.5 million
 * chats) into PostgreSQL with COPY, one region at a time so memory stays flat, in one
 * transaction. PostgreSQL only: it needs a connection string, not an embedded engine.
 */
export async function seedNational(
  url: string,
  options: NationalSeedOptions = {},
): Promise<SeedReport> {
  const started = performance.now();
  const today = resolveToday(options.today);
  const seed = resolveSeed(options.seed);
  const plan = planCountry('national', seed, today);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(SEED_LOCK_SQL);
    const existing = await client.query<{ has_data: boolean }>(HAS_DATA_SQL);
    if (existing.rows[0]?.has_data) throw new AlreadySeededError();
    await writeCountry(new CopyWriter(client), plan, options.onRegion);
    await finishSeed((text) => client.query(text));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
  try {
    // The first refresh (forecasts, risks, the refresh state) before the vacuum, so its
    // writes leave no dead rows; fresh statistics, so the first dashboards do not plan
    // against empty tables; the visibility map, so counts are index-only scans from the start.
    await refreshAt(url, formatDay(today));
    await client.query('vacuum (analyze)');
    const counts = await client.query<Record<string, unknown>>(countRowsSql);
    return {
      scale: 'national',
      engine: 'postgres',
      today: formatDay(today),
      seed,
      seconds: (performance.now() - started) / 1000,
      counts: parseCounts(counts.rows[0]),
    };
  } finally {
    await client.end();
  }
}

/** A full adoption refresh (forecasts and risks of every node), through the shared code. */
async function refreshAt(url: string, today: string) {
  const database = await openDatabase({ url, poolSize: 1 });
  try {
    await refreshAdoption(database.db, today, { full: true });
  } finally {
    await database.close();
  }
}
