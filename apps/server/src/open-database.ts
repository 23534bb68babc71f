import { type Database, openDatabase } from '@cutover/db';
import type { Env } from './env';

export interface PoolErrorLogger {
  error(obj: object, msg?: string): void;
}

/** Opens the primary (and read replica, when configured) as the environment says. */
export async function openDatabases(env: Env, log: PoolErrorLogger) {
  const onPoolError = (err: Error) => log.error({ err }, 'idle database connection failed');
  const database: Database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.CUTOVER_DATA_DIR,
    onPoolError,
  });
  const readDatabase =
    env.DATABASE_READ_URL && env.DATABASE_URL
      ? await openDatabase({ url: env.DATABASE_READ_URL, onPoolError })
      : undefined;
  return { database, readDatabase };
}
