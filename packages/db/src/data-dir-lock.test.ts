import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';
import { currentLockOwner, writeLockOwner } from './data-dir-lock-owner';
import { isEngineIndependentRun } from './testing/index';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const lockModule = fileURLToPath(new URL('./data-dir-lock.ts', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Another process that takes the lock and keeps running until killed. */
async function holdInChild(dataDir: string): Promise<ChildProcess> {
  const script = `import { lockDataDir } from ${JSON.stringify(lockModule)};
await lockDataDir(${JSON.stringify(dataDir)});
process.stdout.write('locked\\n');
setInterval(() => {}, 1000);`;
  const file = path.join(path.dirname(dataDir), 'hold-lock.mts');
  writeFileSync(file, script);
  // Node itself runs the script (tsx's own CLI would run it in a grandchild SIGKILL misses).
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    cwd: packageDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      if (String(chunk).includes('locked')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
  return child;
}

function freshDataDir() {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'cutover-lock-')), 'data');
  mkdirSync(dataDir);
  return dataDir;
}

describe.runIf(isEngineIndependentRun())(
  'the PGlite data-directory lock',
  { timeout: 60_000 },
  () => {
    it('refuses a directory a live process holds', async () => {
      const dataDir = freshDataDir();
      await holdInChild(dataDir);
      await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    });

    it('takes over at once the lock of a process killed hard', async () => {
      const dataDir = freshDataDir();
      const child = await holdInChild(dataDir);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const started = Date.now();
      const release = await lockDataDir(dataDir);
      // The old lock turns stale only after 10 s unrefreshed: this is the takeover.
      expect(Date.now() - started).toBeLessThan(5_000);
      await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
      await release();
      await (await lockDataDir(dataDir))();
    });

    it('takes over a lock whose pid now belongs to another process', async () => {
      const dataDir = freshDataDir();
      mkdirSync(`${dataDir}.lock`, { recursive: true });
      // Our own pid, alive, but "started" at another time: the pid was reused.
      writeLockOwner(`${dataDir}.lock`, { ...currentLockOwner(), startTime: '1' });
      const release = await lockDataDir(dataDir);
      await release();
    });

    it('keeps its lock across refreshes (the owner file does not compromise it)', async () => {
      const dataDir = freshDataDir();
      const release = await lockDataDir(dataDir);
      // proper-lockfile refreshes every 2 s and drops a lock whose mtime it did not set.
      await new Promise((resolve) => setTimeout(resolve, 4_500));
      await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
      await release();
    });

    it('refuses a fresh lock that names no owner yet', async () => {
      const dataDir = freshDataDir();
      mkdirSync(`${dataDir}.lock`, { recursive: true });
      await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    });
  },
);
