import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** Who holds a data-directory lock: enough to tell, on this machine, whether it still runs. */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** Linux: the boot the process ran in; a lock from an earlier boot is dead. */
  bootId?: string | undefined;
  /** Linux: the process's start time in clock ticks since boot, so a reused pid is not taken for it. */
  startTime?: string | undefined;
}

const OWNER_FILE = 'owner.json';

function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function bootId(): string | undefined {
  return readOptional('/proc/sys/kernel/random/boot_id');
}

function processStartTime(pid: number): string | undefined {
  const stat = readOptional(`/proc/${pid}/stat`);
  // Field 22; the command name (field 2) may hold spaces and parentheses, so count after it.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

export function currentLockOwner(): LockOwner {
  return {
    pid: process.pid,
    hostname: hostname(),
    bootId: bootId(),
    startTime: processStartTime(process.pid),
  };
}

export function writeLockOwner(lockDir: string, owner: LockOwner = currentLockOwner()) {
  writeFileSync(path.join(lockDir, OWNER_FILE), JSON.stringify(owner));
}

export function readLockOwner(lockDir: string): LockOwner | undefined {
  const text = readOptional(path.join(lockDir, OWNER_FILE));
  if (!text) return undefined;
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return Number.isSafeInteger(owner.pid) && typeof owner.hostname === 'string'
      ? (owner as LockOwner)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True only when the owner certainly no longer runs: same machine, and it rebooted since,
 * or no process has that pid, or the process with that pid started at another time. A lock
 * from another machine (a shared disk) cannot be judged and counts as alive.
 */
export function lockOwnerIsDead(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return false;
  const boot = bootId();
  if (owner.bootId && boot && owner.bootId !== boot) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  const started = processStartTime(owner.pid);
  return Boolean(owner.startTime && started && owner.startTime !== started);
}
