import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { migratePostgres, migrationsFolder } from './migrate';
import {
  listenPglite,
  listenPostgres,
  type NotificationHandlers,
  type StopListening,
} from './notifications';
import { dumpWithoutSpentWal } from './pglite-dump';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Executor = Db | Tx;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  engine: Engine;
  db: Db;
  /** Applies the committed migrations; concurrent instances wait for each other. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * PGlite only: a gzipped tarball of the data directory, loadable through `loadDataDir`;
   * taken between transactions after a CHECKPOINT, so it holds every commit up to then.
   */
  dumpDataDir?: () => Promise<Blob>;
  /** The connection pool's state now, for metrics (PGlite: its one connection). */
  poolStats(): PoolStats;
  /**
   * PostgreSQL only: one pooled connection for work the query builder cannot do (COPY
   * streams). A failed work discards the connection rather than pooling a half-read one.
   */
  withClient?: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;
  /** Hears NOTIFY on `channel` (PostgreSQL: on a connection of its own, kept up). */
  listen(channel: string, handlers: NotificationHandlers): Promise<StopListening>;
}

export interface PoolStats {
  max: number;
  /** Connections open (busy or idle). */
  total: number;
  idle: number;
  /** Callers waiting for a connection (PGlite queues inside, unseen: always 0). */
  waiting: number;
}

export interface DatabaseConfig {
  /** PostgreSQL connection string; without it the embedded PGlite engine is used. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** A PGlite data dump to start from (tests load a migrated snapshot). */
  loadDataDir?: Blob | undefined;
  poolSize?: number | undefined;
  onPoolError?: (error: Error) => void;
  /** PostgreSQL: open without a first connection (a read replica may be away at start). */
  lazy?: boolean | undefined;
}

export class DatabaseUnavailableError extends Error {}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.url ? openPostgres(config.url, config) : openPglite(config);
}

async function openPostgres(url: string, config: DatabaseConfig): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: config.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  // An idle client's error (a PostgreSQL restart) must not kill the process.
  pool.on('error', (error) => config.onPoolError?.(error));
  // A checked-out client between statements (inside a transaction) emits its own 'error'
  // when PostgreSQL goes away; the pool does not listen then, and an unheard error kills us.
  pool.on('connect', (client) => client.on('error', (error) => config.onPoolError?.(error)));
  try {
    if (!config.lazy) (await pool.connect()).release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `cannot connect to PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`,
    );
  }
  const db = drizzlePg(pool, { schema });
  return {
    engine: 'postgres',
    db: db as unknown as Db,
    migrate: () => migratePostgres(pool, db),
    close: () => pool.end(),
    listen: (channel, handlers) => listenPostgres(url, channel, handlers),
    withClient: async (work) => {
      const client = await pool.connect();
      try {
        const result = await work(client);
        client.release();
        return result;
      } catch (error) {
        client.release(error instanceof Error ? error : true);
        throw error;
      }
    },
    poolStats: () => ({
      max: pool.options.max ?? 10,
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
  };
}

async function openPglite(config: DatabaseConfig): Promise<Database> {
  const dataDir = config.dataDir ?? './.data';
  const inMemory = dataDir.startsWith('memory://');
  let release = async () => {};
  if (!inMemory) {
    const absolute = path.resolve(dataDir);
    mkdirSync(absolute, { recursive: true });
    release = await lockDataDir(absolute);
  }
  const client = await PGlite.create(inMemory ? dataDir : path.resolve(dataDir), {
    // The name search's trigram indexes (drizzle/0010): every PGlite the app opens loads it.
    extensions: { pg_trgm },
    ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
  });
  const db = drizzlePglite(client, { schema });
  return {
    engine: 'pglite',
    db: db as unknown as Db,
    migrate: () => migratePglite(db, { migrationsFolder }),
    dumpDataDir: () => dumpWithoutSpentWal(client),
    listen: (channel, handlers) => listenPglite(client, channel, handlers),
    poolStats: () => ({ max: 1, total: 1, idle: 1, waiting: 0 }),
    close: async () => {
      await client.close();
      await release();
    },
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}

/** Raw SQL rows: both drivers return `{ rows }`, which the shared database type hides. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
