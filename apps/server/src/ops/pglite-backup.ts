import { existsSync, readdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { type Database, openDatabase, queryRows } from '@cutover/db';
import { sql } from 'drizzle-orm';

/** Asks a running server for a copy of its embedded database and writes it to `file`. */
export async function fetchBackup(baseUrl: string, token: string | undefined, file: string) {
  const response = await fetch(`${baseUrl.replace(/\/$/, '')}/ops/backup`, {
    method: 'POST',
    // Not a browser: the header says so to the cross-site guard of the main port.
    headers: {
      'x-cutover-client': 'backup',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  if (!response.ok) {
    throw new Error(`the server answered ${response.status}: ${await response.text()}`);
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  // Never a half-written backup under the final name.
  await writeFile(`${file}.part`, bytes);
  await rename(`${file}.part`, file);
  return bytes.length;
}

/** Row counts of every table in the public schema. */
export async function tableRowCounts(database: Database): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql.raw(`select count(*)::int as n from public."${name}"`),
    );
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

/**
 * Unpacks a backup into `dataDir`, which must be new or empty, opens it once (PostgreSQL
 * recovers it like after a crash, from the CHECKPOINT taken for the copy) and answers its
 * row counts. The server then starts on it with CUTOVER_DATA_DIR=dataDir.
 */
export async function restoreBackup(file: string, dataDir: string) {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty: restore into a new directory`);
  }
  const tarball = new Blob([await readFile(file)]);
  const database = await openDatabase({ dataDir, loadDataDir: tarball });
  try {
    return await tableRowCounts(database);
  } finally {
    await database.close();
  }
}
