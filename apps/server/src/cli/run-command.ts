import {
  type Database,
  DatabaseUnavailableError,
  DataDirLockedError,
  RuntimeRoleError,
} from '@cutover/db';
import { ConfigError, type Env, loadEnv } from '../env';
import { openDatabases } from '../open-database';

/** Runs a maintenance command against the configured database with one-line errors. */
export async function runCommand(work: (database: Database, env: Env) => Promise<number>) {
  let database: Database | undefined;
  try {
    const env = loadEnv();
    ({ database } = await openDatabases(
      env,
      { error: () => {} },
      { requireLeastPrivilege: false },
    ));
    process.exitCode = await work(database, env);
  } catch (error) {
    const expected = [
      ConfigError,
      DatabaseUnavailableError,
      DataDirLockedError,
      RuntimeRoleError,
    ].some((kind) => error instanceof kind);
    process.stderr.write(
      `cutover: ${expected ? (error as Error).message : `failed: ${(error as Error).message}`}\n`,
    );
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
