import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import lockfile from 'proper-lockfile';
import { lockOwnerIsDead, readLockOwner, writeLockOwner } from './data-dir-lock-owner';

export class DataDirLockedError extends Error {}

// The lock directory holds the owner's identity, so releasing it removes a non-empty directory.
const lockFs = {
  ...fs,
  rmdir: (dir: string, callback: (error: NodeJS.ErrnoException | null) => void) =>
    fs.rm(dir, { recursive: true, force: true }, callback),
  rmdirSync: (dir: string) => fs.rmSync(dir, { recursive: true, force: true }),
};

/**
 * PGlite is single-process: two processes opening one data directory corrupt it.
 * The lock is refreshed while we run; a lock whose holder has died (killed, crashed, or
 * from before a reboot) is taken over at once, a live holder's is refused. A lock that
 * names no owner, or one on another machine, counts as stale only after 10 s unrefreshed.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockDir = `${dataDir}.lock`;
  try {
    return await acquire(dataDir, lockDir);
  } catch (error) {
    if (!isLocked(error)) throw error;
  }
  if (takeOverDeadLock(lockDir)) {
    try {
      return await acquire(dataDir, lockDir);
    } catch (error) {
      if (!isLocked(error)) throw error;
    }
  }
  throw new DataDirLockedError(
    `the data directory ${dataDir} is in use by another Cutover process; stop it or set CUTOVER_DATA_DIR to another directory`,
  );
}

async function acquire(dataDir: string, lockDir: string) {
  const release = await lockfile.lock(dataDir, {
    lockfilePath: lockDir,
    stale: 10_000,
    update: 2_000,
    onCompromised: () => {},
    fs: lockFs,
  });
  // proper-lockfile takes a changed directory mtime for a compromised lock; adding the
  // owner file changes it, so put back the mtime the library set.
  const { atime, mtime } = fs.statSync(lockDir);
  writeLockOwner(lockDir);
  fs.utimesSync(lockDir, atime, mtime);
  return release;
}

function isLocked(error: unknown): boolean {
  return (error as { code?: string }).code === 'ELOCKED';
}

/**
 * Moves a dead holder's lock aside and deletes it. The move is atomic, and the owner is
 * checked again on the moved copy: had another process taken the lock in between, its
 * lock is moved back and we refuse.
 */
function takeOverDeadLock(lockDir: string): boolean {
  const owner = readLockOwner(lockDir);
  if (!owner || !lockOwnerIsDead(owner)) return false;
  const aside = `${lockDir}.dead-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lockDir, aside);
  } catch {
    return false;
  }
  const moved = readLockOwner(aside);
  if (moved && lockOwnerIsDead(moved)) {
    fs.rmSync(aside, { recursive: true, force: true });
    return true;
  }
  try {
    fs.renameSync(aside, lockDir);
  } catch {
    // Someone locked it meanwhile; the moved lock was theirs or another's: leave it aside.
  }
  return false;
}
