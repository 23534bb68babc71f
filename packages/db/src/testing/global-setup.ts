import { readFile } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../client';
import { SOURCE_KEY, serverUrl, type TestDatabaseSource } from './context';
import { pgliteSnapshot } from './pglite-snapshot';
import { createDatabase, dropDatabase, uniqueName, withDatabase } from './postgres';
import { grantTestRuntimeRole } from './runtime-role';
import { seedDemoCountry, utcToday } from './seed-module';

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Vitest globalSetup: migrates (and, when some test file asks for it, seeds) once per run.
 * PGlite: tarball snapshots that each file loads. PostgreSQL: template databases that each
 * file copies with CREATE DATABASE ... TEMPLATE, dropped again at teardown.
 * A failing seed fails only the tests that open a seeded database, not the whole run.
 */
export default async function setup(project: TestProject) {
  const wantsSeed = await anyTestWantsSeed(project);
  const url = serverUrl();
  const seededToday = utcToday();
  if (!url) {
    const migrated = await pgliteSnapshot('migrated', seededToday, log);
    const seed = wantsSeed
      ? await attemptSeed(() => pgliteSnapshot('seeded', seededToday, log))
      : {};
    project.provide(SOURCE_KEY, { engine: 'pglite', migrated, seededToday, ...seed });
    return;
  }

  const templates: string[] = [];
  const teardown = async () => {
    for (const name of templates.reverse()) await dropDatabase(url, name);
  };
  try {
    const started = Date.now();
    const migrated = uniqueName('cutover_test_tpl');
    await createDatabase(url, migrated);
    templates.push(migrated);
    // Migrated by the owner; tests connect as the runtime role (copies keep its grants).
    await prepare(withDatabase(url, migrated), async (database) => {
      await database.migrate();
      await grantTestRuntimeRole(database.db);
    });
    const seed = wantsSeed
      ? await attemptSeed(async () => {
          const name = uniqueName('cutover_test_tpl_seeded');
          await createDatabase(url, name, migrated);
          templates.push(name);
          await prepare(withDatabase(url, name), (database) =>
            seedDemoCountry(database, seededToday),
          );
          return name;
        })
      : {};
    log(`test database: PostgreSQL templates ${templates.join(', ')} ready in ${seconds(started)}`);
    const source: TestDatabaseSource = { engine: 'postgres', url, migrated, seededToday, ...seed };
    project.provide(SOURCE_KEY, source);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function attemptSeed(
  work: () => Promise<string>,
): Promise<{ seeded: string } | { seedError: string }> {
  try {
    return { seeded: await work() };
  } catch (error) {
    const message = (error as Error).stack ?? String(error);
    log(`test database: seeding the demo country FAILED; seeded tests will fail:\n${message}`);
    return { seedError: (error as Error).message ?? String(error) };
  }
}

async function prepare(
  url: string,
  work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<unknown>,
) {
  const database = await openDatabase({ url, poolSize: 2 });
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

/** Seeding costs seconds to tens of seconds: only pay for it when a selected test file uses it. */
async function anyTestWantsSeed(project: TestProject): Promise<boolean> {
  // The command-line file filters (internal to vitest, hence optional): `vitest run packages/domain`
  // should not seed.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const { testFiles } = await project.globTestFiles(filters);
  for (const file of testFiles) {
    if ((await readFile(file, 'utf8')).includes('openSeededTestDatabase')) return true;
  }
  return false;
}
