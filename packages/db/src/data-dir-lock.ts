import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {}

/**
 * PGlite is single-process: two processes opening one data directory corrupt it.
 * The lock is refreshed while we run and counts as stale once its holder has died.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}.lock`,
      stale: 10_000,
      update: 2_000,
      onCompromised: () => {},
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new DataDirLockedError(
        `the data directory ${dataDir} is in use by another Cutover process; stop it or set CUTOVER_DATA_DIR to another directory`,
      );
    }
    throw error;
  }
}
