import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import type * as schema from './schema/index';

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

const MIGRATION_LOCK = 7270001;

/** Session advisory lock on one dedicated connection, so parallel starts migrate once. */
export async function migratePostgres(
  pool: pg.Pool,
  db: NodePgDatabase<typeof schema>,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(db, { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
