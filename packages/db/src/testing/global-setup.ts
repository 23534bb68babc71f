import { readFile } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../client';
import { SOURCE_KEY, serverUrl, type TestDatabaseSource } from './context';
import { pgliteSnapshot } from './pglite-snapshot';
import { createDatabase, dropDatabase, uniqueName, withDatabase } from './postgres';
import { seedDemoCountry, utcToday } from './seed-module';

const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Vitest globalSetup: migrates (and, when some test file asks for it, seeds) once per run.
 * PGlite: tarball snapshots that each file loads. PostgreSQL: template databases that each
 * file copies with CREATE DATABASE ... TEMPLATE, dropped again at teardown.
 */
export default async function setup(project: TestProject) {
  const seeded = await anyTestWantsSeed(project);
  const url = serverUrl();
  const seededToday = utcToday();
  if (!url) {
    const source: TestDatabaseSource = {
      engine: 'pglite',
      migrated: await pgliteSnapshot('migrated', seededToday, log),
      seeded: seeded ? await pgliteSnapshot('seeded', seededToday, log) : undefined,
      seededToday,
    };
    project.provide(SOURCE_KEY, source);
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
    await prepare(withDatabase(url, migrated), (database) => database.migrate());
    let seededName: string | undefined;
    if (seeded) {
      seededName = uniqueName('cutover_test_tpl_seeded');
      await createDatabase(url, seededName, migrated);
      templates.push(seededName);
      await prepare(withDatabase(url, seededName), (database) =>
        seedDemoCountry(database, seededToday),
      );
    }
    log(
      `test database: PostgreSQL templates ${templates.join(', ')} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    project.provide(SOURCE_KEY, {
      engine: 'postgres',
      url,
      migrated,
      seeded: seededName,
      seededToday,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
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

/** Seeding costs tens of seconds: only pay for it when a selected test file uses it. */
async function anyTestWantsSeed(project: TestProject): Promise<boolean> {
  const { testFiles } = await project.globTestFiles();
  for (const file of testFiles) {
    if ((await readFile(file, 'utf8')).includes('openSeededTestDatabase')) return true;
  }
  return false;
}
