import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase } from '../client';
import { seedDemoCountry } from './seed-module';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const cacheDir = path.join(tmpdir(), 'cutover-test-snapshots');

/** Everything a snapshot's content can depend on: migrations, db and domain code, reference data. */
const inputs = ['drizzle', 'packages/db/src', 'packages/domain/src', 'data'];

function hashInputs(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('.test.ts')) {
        hash.update(path.relative(repoRoot, full)).update(readFileSync(full));
      }
    }
  };
  for (const input of inputs) walk(path.join(repoRoot, input));
  hash.update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')));
  return hash.digest('hex').slice(0, 16);
}

export type SnapshotKind = 'migrated' | 'seeded';

/**
 * A PGlite data-directory tarball, migrated (and seeded), built once and cached across
 * runs under the OS temp dir, keyed by the hash of its inputs.
 * CUTOVER_TEST_CACHE=off rebuilds it every run.
 */
export async function pgliteSnapshot(
  kind: SnapshotKind,
  today: string,
  log: (line: string) => void,
): Promise<string> {
  const useCache = process.env.CUTOVER_TEST_CACHE !== 'off';
  const name = kind === 'seeded' ? `seeded-${today}` : kind;
  const file = path.join(cacheDir, `${hashInputs()}-${name}.tar.gz`);
  if (useCache && exists(file)) return file;

  mkdirSync(cacheDir, { recursive: true });
  const started = Date.now();
  const database = await openFrom(
    kind === 'seeded' ? await pgliteSnapshot('migrated', today, log) : undefined,
  );
  try {
    if (kind === 'migrated') await database.migrate();
    else await seedDemoCountry(database, today);
    const dump = await dumpOf(database);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    pruneCache();
  } finally {
    await database.close();
  }
  log(
    `test database: ${kind} PGlite snapshot built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return file;
}

export function openFrom(snapshotFile: string | undefined): Promise<Database> {
  return openDatabase({
    dataDir: 'memory://',
    ...(snapshotFile ? { loadDataDir: new Blob([readFileSync(snapshotFile)]) } : {}),
  });
}

async function dumpOf(database: Database): Promise<Blob> {
  if (!database.dumpDataDir) throw new Error('this engine cannot dump its data directory');
  return database.dumpDataDir();
}

/** Every edit of the inputs makes new snapshots; keep only the most recent few. */
function pruneCache(keep = 6) {
  const files = readdirSync(cacheDir)
    .map((name) => path.join(cacheDir, name))
    .map((file) => ({ file, mtime: statSync(file).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of files.slice(keep)) rmSync(file, { force: true });
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
