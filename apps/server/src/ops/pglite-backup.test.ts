import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@cutover/db';
import { isEngineIndependentRun } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pnpm } from '../drill/setup';
import { auditSigningKeyPem, freePort, type MainProcess, startMain } from '../main-process';
import { createStaffOverHttp, seedTreeAndAdmin, signInOverHttp } from '../testing';
import { fetchBackup, restoreBackup, tableRowCounts } from './pglite-backup';

/**
 * The embedded database belongs to the server process (its data directory is locked), so a
 * copy is taken through the server while it runs and writes keep coming. PGlite only, on
 * either test engine: PostgreSQL is backed up with pg_dump (see the drill).
 */
const TOKEN = 'backup-test-token-0123456789';
const signingKey = auditSigningKeyPem();
const made: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `cutover-${name}-`));
  made.push(dir);
  return dir;
};

describe.runIf(isEngineIndependentRun())(
  'PGlite backup while the server runs',
  { timeout: 300_000 },
  () => {
    const dataDir = temp('backup-source');
    const env: Record<string, string> = {
      DATABASE_URL: '',
      DATABASE_READ_URL: '',
      CUTOVER_DATA_DIR: dataDir,
      CUTOVER_SEED: 'none',
      CUTOVER_DEMO: 'true',
      CUTOVER_DRAIN_SECONDS: '0',
      CUTOVER_AUDIT_SIGNING_KEY: signingKey,
      CUTOVER_AUDIT_SIGNING_KEY_FILE: '',
      CUTOVER_AUDIT_CHECKPOINT_DIR: '',
      CUTOVER_METRICS_TOKEN: TOKEN,
      CUTOVER_WEB_DIST: path.join(dataDir, 'no-web'),
    };
    delete env.CUTOVER_AUDIT_CHECKPOINT_DIR;
    let server: MainProcess | undefined;
    let institutionId = 0;
    let fixtureStaff = 0;

    beforeAll(async () => {
      const local = await openDatabase({ dataDir });
      await local.migrate();
      institutionId = (await seedTreeAndAdmin(local)).byCode('T-R0M0S0').id;
      fixtureStaff = (await tableRowCounts(local)).staff ?? 0;
      await local.close();
    }, 120_000);

    afterAll(async () => {
      await server?.stop('SIGKILL');
      // The data directory and the lock beside it that the killed server leaves.
      for (const dir of made)
        for (const p of [dir, `${dir}.lock`]) rmSync(p, { recursive: true, force: true });
    });

    it('copies a running server under writes; the copy restores, verifies and serves', async () => {
      const create = (cookie: string, n: number) =>
        createStaffOverHttp(server?.baseUrl ?? '', cookie, institutionId, `Backup Test ${n}`);
      // A first run writes and is stopped: its shutdown signs a checkpoint of the audit head.
      server = await startMain(env, await freePort());
      let { cookie } = await signInOverHttp(server.baseUrl, 'admin@test', 'a-long-password');
      for (let n = 0; n < 5; n++) expect(await create(cookie, n)).toBe(200);
      expect(await server.stop('SIGTERM')).toBe(0);

      server = await startMain(env, await freePort());
      ({ cookie } = await signInOverHttp(server.baseUrl, 'admin@test', 'a-long-password'));
      let writing = true;
      let written = 0;
      const writer = (async () => {
        for (let n = 100; writing; n++) if ((await create(cookie, n)) === 200) written++;
      })();
      while (written < 3) await new Promise((resolve) => setTimeout(resolve, 50));
      const file = path.join(temp('backup-file'), 'cutover.tar.gz');
      expect(
        await fetchBackup(server.baseUrl, undefined, file).catch((e: Error) => e.message),
      ).toMatch(/401/);
      // Acknowledged before the copy was asked for: it must hold them.
      const acknowledgedBefore = written;
      const bytes = await fetchBackup(server.baseUrl, TOKEN, file);
      const writtenBefore = written;
      while (written < writtenBefore + 3) await new Promise((resolve) => setTimeout(resolve, 50));
      writing = false;
      await writer;
      expect(bytes).toBeGreaterThan(0);

      const restoredDir = path.join(temp('backup-restored'), 'data');
      const counts = await restoreBackup(file, restoredDir);
      // Every create acknowledged before the copy is in it; the ones still running may be too.
      expect(counts.staff).toBeGreaterThanOrEqual(fixtureStaff + 5 + acknowledgedBefore);
      expect(counts.staff).toBeLessThanOrEqual(fixtureStaff + 5 + written);
      expect(counts.audit_log).toBeGreaterThan(0);
      await expect(restoreBackup(file, restoredDir)).rejects.toThrow(/not empty/);

      // The audit chain of the copy, against the checkpoints that came with it.
      const verified = await pnpm(['audit:verify'], {
        DATABASE_URL: '',
        CUTOVER_DATA_DIR: restoredDir,
        CUTOVER_AUDIT_SIGNING_KEY: signingKey,
      });
      expect(verified.output).toMatch(/agrees with [1-9]\d* signed checkpoints/);
      expect(verified.code).toBe(0);

      // And the app starts on it.
      const restored = await startMain(
        { ...env, CUTOVER_DATA_DIR: restoredDir, CUTOVER_METRICS_TOKEN: TOKEN },
        await freePort(),
      );
      try {
        expect((await fetch(`${restored.baseUrl}/readyz`)).status).toBe(200);
      } finally {
        expect(await restored.stop('SIGTERM')).toBe(0);
      }
    });
  },
);
