import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isEngineIndependentRun, openTestDatabase, testEngine } from '@cutover/db/testing';
import { describe, expect, it } from 'vitest';
import { runScript } from './testing';

/** Starts the real entry point and collects how it ends. */
function runMain(env: Record<string, string>) {
  const baseEnv = {
    DATABASE_URL: '',
    LOG_LEVEL: 'silent',
    CUTOVER_SEED: 'none',
    CUTOVER_AUDIT_SIGNING_KEY: '',
    CUTOVER_AUDIT_SIGNING_KEY_FILE: '',
  };
  return runScript('src/main.ts', { ...baseEnv, ...env }, 60_000);
}

function expectOneLineError(result: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(result.code).not.toBe(0);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

// Each case starts the real entry point in a new process: slow on a loaded machine.
describe.runIf(isEngineIndependentRun())(
  'start-up failures end in one line and a non-zero exit',
  { timeout: 120_000 },
  () => {
    it('an unreachable DATABASE_URL', async () => {
      const result = await runMain({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' });
      expectOneLineError(
        result,
        /^cutover: cannot connect to PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/nowhere/,
      );
    });

    it('an invalid setting', async () => {
      const result = await runMain({ PORT: 'eighty' });
      expectOneLineError(result, /^cutover: invalid configuration: PORT/);
    });

    it('a port in use', async () => {
      const blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      const address = blocker.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      try {
        const dataDir = mkdtempSync(path.join(tmpdir(), 'cutover-port-'));
        const result = await runMain({
          PORT: String(port),
          CUTOVER_DATA_DIR: dataDir,
          CUTOVER_DEMO: 'false',
        });
        expectOneLineError(result, new RegExp(`^cutover: port ${port} is already in use`));
      } finally {
        blocker.close();
      }
    });

    it('no audit signing key outside demo mode', async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'cutover-nokey-'));
      const result = await runMain({ CUTOVER_DATA_DIR: dataDir, CUTOVER_DEMO: 'false', PORT: '0' });
      expectOneLineError(
        result,
        /^cutover: audit checkpoints need a signing key outside demo mode: set CUTOVER_AUDIT_SIGNING_KEY_FILE .* or set CUTOVER_AUDIT_CHECKPOINT_MINUTES=0 to run without$/,
      );
    });

    it('a data directory another process holds', async () => {
      const { lockDataDir } = await import('@cutover/db');
      const dataDir = mkdtempSync(path.join(tmpdir(), 'cutover-lock-'));
      const release = await lockDataDir(dataDir);
      try {
        const result = await runMain({ CUTOVER_DATA_DIR: dataDir, PORT: '0' });
        expectOneLineError(
          result,
          /^cutover: the data directory .* is in use by another Cutover process/,
        );
      } finally {
        await release();
      }
    });
  },
);

// The least-privilege rule applies to PostgreSQL only (PGlite has no roles).
describe.runIf(testEngine() === 'postgres')(
  'on PostgreSQL outside demo mode',
  { timeout: 120_000 },
  () => {
    it('refuses to run as a superuser, in one line that says how to fix it', async () => {
      const test = await openTestDatabase();
      try {
        const owner = test.urls?.owner ?? '';
        const result = await runMain({
          DATABASE_URL: owner,
          DATABASE_MIGRATION_URL: owner,
          CUTOVER_DEMO: 'false',
          CUTOVER_AUDIT_CHECKPOINT_MINUTES: '0',
          PORT: '0',
        });
        expectOneLineError(
          result,
          /^cutover: the server connects to PostgreSQL as "[^"]+", a superuser, who could rewrite the audit log; create a role that owns nothing with `pnpm db:roles`/,
        );
      } finally {
        await test.drop();
      }
    });
  },
);
