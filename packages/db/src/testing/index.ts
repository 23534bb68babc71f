import { inject } from 'vitest';
import type { Database } from '../client';
import { openDatabase } from '../client';
import { serverUrl, type TestDatabaseSource } from './context';
import { openFrom } from './pglite-snapshot';
import { createDatabase, dropDatabase, uniqueName, withDatabase } from './postgres';
import { seedDemoCountry, utcToday } from './seed-module';

export { deleteAuditRowAndRehash, truncateAuditLog } from './audit-tamper';

export interface TestDatabase {
  database: Database;
  /** Closes the connection and, on PostgreSQL, drops the database. */
  drop(): Promise<void>;
}

export interface SeededTestDatabase extends TestDatabase {
  /** The "today" (YYYY-MM-DD, UTC) the demo story was seeded around. */
  today: string;
}

/**
 * A fresh, migrated, empty database for one test file: an in-memory PGlite, or, when
 * TEST_DATABASE_URL (or DATABASE_URL) is set, a new `cutover_test_<random>` database on
 * that server. Open it in `beforeAll` and `drop()` it in `afterAll`.
 */
export function openTestDatabase(): Promise<TestDatabase> {
  return open('migrated');
}

/**
 * Like openTestDatabase, with the demo country loaded (no demo accounts: those are the API's).
 * The root vitest globalSetup seeds once per run, only when some test file calls this.
 */
export async function openSeededTestDatabase(): Promise<SeededTestDatabase> {
  const today = providedSource()?.seededToday ?? utcToday();
  return { ...(await open('seeded', today)), today };
}

/**
 * The engine this run's test databases use, known when tests are collected: tests that
 * need several connections at once (concurrency) run only on PostgreSQL.
 */
export function testEngine(): TestDatabaseSource['engine'] {
  return providedSource()?.engine ?? (serverUrl() ? 'postgres' : 'pglite');
}

async function open(kind: 'migrated' | 'seeded', today = utcToday()): Promise<TestDatabase> {
  const source = providedSource();
  if (!source) return openWithoutGlobalSetup(kind, today);
  const from = kind === 'seeded' ? source.seeded : source.migrated;
  if (!from) {
    throw new Error(
      `the test globalSetup has no seeded database: ${source.seedError ?? 'it found no test asking for one'}`,
    );
  }

  if (source.engine === 'pglite') {
    const database = await openFrom(from);
    return { database, drop: () => database.close() };
  }
  const name = uniqueName('cutover_test');
  await createDatabase(source.url, name, from);
  return onServer(source.url, name);
}

function providedSource(): TestDatabaseSource | undefined {
  try {
    return inject('cutoverTestDatabase');
  } catch {
    return undefined;
  }
}

/** Outside the root vitest config (no globalSetup): migrate (and seed) from scratch. */
async function openWithoutGlobalSetup(
  kind: 'migrated' | 'seeded',
  today: string,
): Promise<TestDatabase> {
  const url = serverUrl();
  let result: TestDatabase;
  if (url) {
    const name = uniqueName('cutover_test');
    await createDatabase(url, name);
    result = await onServer(url, name);
  } else {
    const database = await openFrom(undefined);
    result = { database, drop: () => database.close() };
  }
  await result.database.migrate();
  if (kind === 'seeded') await seedDemoCountry(result.database, today);
  return result;
}

async function onServer(url: string, name: string): Promise<TestDatabase> {
  try {
    const database = await openDatabase({ url: withDatabase(url, name), poolSize: 4 });
    return {
      database,
      drop: async () => {
        await database.close();
        await dropDatabase(url, name);
      },
    };
  } catch (error) {
    await dropDatabase(url, name);
    throw error;
  }
}
