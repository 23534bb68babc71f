import {
  createRuntimeRole,
  DatabaseUnavailableError,
  grantRuntimePrivileges,
  openDatabase,
  queryRows,
  runtimeRoleProblem,
} from '@cutover/db';
import { sql } from 'drizzle-orm';
import { ConfigError, loadEnv } from '../env';

/**
 * `pnpm db:roles`: as the tables' owner (DATABASE_MIGRATION_URL), migrates, creates the
 * runtime role DATABASE_URL names (with its password) unless it exists, and grants it what
 * the server needs. Idempotent; the server re-applies the grants after every migration.
 */
async function main(): Promise<number> {
  const env = loadEnv();
  if (!env.DATABASE_URL || !env.DATABASE_MIGRATION_URL) {
    throw new ConfigError(
      'set DATABASE_MIGRATION_URL to the tables’ owner (it creates the role) and DATABASE_URL to the role the server runs as (its user and password)',
    );
  }
  const runtimeUrl = new URL(env.DATABASE_URL);
  const role = decodeURIComponent(runtimeUrl.username);
  const password = runtimeUrl.password ? decodeURIComponent(runtimeUrl.password) : undefined;
  if (!role) throw new ConfigError('DATABASE_URL names no user: put the runtime role in it');

  const owner = await openDatabase({ url: env.DATABASE_MIGRATION_URL, poolSize: 2 });
  try {
    const [me] = await queryRows<{ name: string }>(owner.db, sql`select current_user as name`);
    if (me?.name === role) {
      throw new ConfigError(
        `DATABASE_URL and DATABASE_MIGRATION_URL both connect as "${role}": the server needs a role of its own that owns nothing`,
      );
    }
    await owner.migrate();
    const created = await createRoleOrExplain(owner.db, role, password);
    await grantRuntimePrivileges(owner.db, role);
    process.stdout.write(
      `runtime role "${role}" ${created ? 'created' : 'already existed'}; its privileges are granted\n`,
    );
  } finally {
    await owner.close();
  }

  const runtime = await openDatabase({ url: env.DATABASE_URL, poolSize: 1 });
  try {
    const problem = await runtimeRoleProblem(runtime.db);
    process.stdout.write(`${problem ?? `"${role}" owns nothing and is no superuser: ready`}\n`);
    return problem ? 2 : 0;
  } finally {
    await runtime.close();
  }
}

async function createRoleOrExplain(
  owner: Parameters<typeof createRuntimeRole>[0],
  role: string,
  password: string | undefined,
) {
  try {
    return await createRuntimeRole(owner, role, password, { updatePassword: true });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause ?? error;
    if ((cause as { code?: string }).code !== '42501') throw error;
    throw new ConfigError(
      `the owner may not create roles: have a superuser run CREATE ROLE "${role}" LOGIN PASSWORD '…' (or grant the owner CREATEROLE), then run pnpm db:roles again`,
    );
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const expected = error instanceof ConfigError || error instanceof DatabaseUnavailableError;
    process.stderr.write(
      `cutover: ${expected ? (error as Error).message : `db:roles failed: ${(error as Error).message}`}\n`,
    );
    process.exitCode = 1;
  },
);
