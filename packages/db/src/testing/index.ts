import { inject } from 'vitest';
import type { Database } from '../client';
import { openDatabase } from '../client';
import { serverUrl, type TestDatabaseSource } from './context';
import { openFrom } from './pglite-snapshot';
import { createDatabase, dropDatabase, uniqueName, withDatabase } from './postgres';
import { asTestRuntimeRole, grantTestRuntimeRole } from './runtime-role';
import { seedDemoCountry, utcToday } from './seed-module';

export { backdateAuditRows, deleteAuditRowAndRehash, truncateAuditLog } from './audit-tamper';
export { TEST_RUNTIME_ROLE } from './runtime-role';

export interface TestDatabase {
  /** On PostgreSQL connected as the runtime role, which owns nothing (as the server runs). */
  database: Database;
  /**
   * The tables' owner, for what the server may not do: tests that tamper with the audit log
   * or break the schema on purpose. On PGlite the same handle as `database`.
   */
  owner: Database;
  /** PostgreSQL only: connection strings of the owner and the runtime role. */
  urls?: { owner: string; runtime: string };
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
    return { database, owner: database, drop: () => database.close() };
  }
  const name = uniqueName('cutover_test');
  await createDatabase(source.url, name, from);
  return onServer(source.url, name);
}

/**
 * Tests whose subject does not depend on the test engine (they start PGlite, or no database,
 * themselves) run in the PGlite run only: the PostgreSQL run would repeat them unchanged.
 */
export function isEngineIndependentRun(): boolean {
  return testEngine() === 'pglite';
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
    result = await onServer(url, name, async (owner) => {
      await owner.migrate();
      await grantTestRuntimeRole(owner.db);
    });
  } else {
    const database = await openFrom(undefined);
    result = { database, owner: database, drop: () => database.close() };
    await database.migrate();
  }
  if (kind === 'seeded') await seedDemoCountry(result.owner, today);
  return result;
}

async function onServer(
  url: string,
  name: string,
  prepareAsOwner?: (owner: Database) => Promise<void>,
): Promise<TestDatabase> {
  const opened: Database[] = [];
  try {
    const urls = {
      owner: withDatabase(url, name),
      runtime: asTestRuntimeRole(withDatabase(url, name)),
    };
    const owner = await openDatabase({ url: urls.owner, poolSize: 2 });
    opened.push(owner);
    await prepareAsOwner?.(owner);
    const database = await openDatabase({ url: urls.runtime, poolSize: 4 });
    opened.push(database);
    return {
      database,
      owner,
      urls,
      drop: async () => {
        await database.close();
        await owner.close();
        await dropDatabase(url, name);
      },
    };
  } catch (error) {
    for (const database of opened) await database.close();
    await dropDatabase(url, name);
    throw error;
  }
}
