import {
  assertLeastPrivilegedRole,
  type Database,
  grantRuntimePrivileges,
  openDatabase,
  queryRows,
} from '@cutover/db';
import { sql } from 'drizzle-orm';
import { ConfigError, type Env } from './env';

export interface PoolErrorLogger {
  error(obj: object, msg?: string): void;
}

export interface OpenOptions {
  /** Work on the freshly migrated database as its owner (the seed, the demo accounts). */
  ownerWork?: (owner: Database) => Promise<void>;
  /** The server refuses a runtime role that could rewrite the audit log; read-only commands need not. */
  requireLeastPrivilege?: boolean;
}

/**
 * Opens the primary (and read replica, when configured) as the environment says, migrated.
 * On PostgreSQL the migrations and `ownerWork` run as DATABASE_MIGRATION_URL's role, which
 * then grants the runtime role (DATABASE_URL's) what the server needs; outside demo mode the
 * server refuses a runtime role that is a superuser or owns the tables.
 */
export async function openDatabases(
  env: Env,
  log: PoolErrorLogger,
  { ownerWork = async () => {}, requireLeastPrivilege = true }: OpenOptions = {},
) {
  const onPoolError = (err: Error) => log.error({ err }, 'idle database connection failed');
  const ownerUrl = migrationUrl(env);
  const database: Database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.CUTOVER_DATA_DIR,
    poolSize: env.DATABASE_POOL_SIZE,
    onPoolError,
  });
  const checkRole = async () => {
    if (requireLeastPrivilege && database.engine === 'postgres' && !env.CUTOVER_DEMO) {
      await assertLeastPrivilegedRole(database.db);
    }
  };
  try {
    await checkRole();
    if (!ownerUrl || ownerUrl === env.DATABASE_URL) {
      await database.migrate();
      await ownerWork(database);
    } else {
      await migrateAsOwner(ownerUrl, database, ownerWork, onPoolError);
    }
    await checkRole();
  } catch (error) {
    await database.close();
    throw error;
  }
  // Lazily: a replica away at start only sends the reads to the primary until it returns.
  const readDatabase =
    env.DATABASE_READ_URL && env.DATABASE_URL
      ? await openDatabase({
          url: env.DATABASE_READ_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          onPoolError,
          lazy: true,
        })
      : undefined;
  return { database, readDatabase };
}

/** PGlite: none. PostgreSQL: the owner's URL; DATABASE_URL itself only in demo mode. */
function migrationUrl(env: Env): string | undefined {
  if (!env.DATABASE_URL) return undefined;
  if (env.DATABASE_MIGRATION_URL) return env.DATABASE_MIGRATION_URL;
  if (env.CUTOVER_DEMO) return env.DATABASE_URL;
  throw new ConfigError(
    'DATABASE_MIGRATION_URL is not set: outside demo mode the migrations run as the tables’ owner (DATABASE_MIGRATION_URL) and the server as a role that owns nothing (DATABASE_URL); create that role with `pnpm db:roles`',
  );
}

async function migrateAsOwner(
  ownerUrl: string,
  runtime: Database,
  ownerWork: NonNullable<OpenOptions['ownerWork']>,
  onPoolError: (error: Error) => void,
) {
  const owner = await openDatabase({ url: ownerUrl, poolSize: 2, onPoolError });
  try {
    await owner.migrate();
    const [role] = await queryRows<{ name: string }>(runtime.db, sql`select current_user as name`);
    if (role) await grantRuntimePrivileges(owner.db, role.name);
    await ownerWork(owner);
  } finally {
    await owner.close();
  }
}
