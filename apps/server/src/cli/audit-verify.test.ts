import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openDatabase, recordAudit } from '@cutover/db';
import {
  deleteAuditRowAndRehash,
  isEngineIndependentRun,
  truncateAuditLog,
} from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRootScript } from '../testing';

const dataDir = mkdtempSync(path.join(tmpdir(), 'cutover-audit-cli-'));
const checkpointDir = path.join(dataDir, 'audit-checkpoints');
// Demo mode on PGlite: the key is generated into the data directory on first use.
const env = {
  DATABASE_URL: '',
  CUTOVER_DATA_DIR: dataDir,
  CUTOVER_DEMO: 'true',
  CUTOVER_AUDIT_CHECKPOINT_DIR: '',
  CUTOVER_AUDIT_SIGNING_KEY: '',
  CUTOVER_AUDIT_SIGNING_KEY_FILE: '',
};

/** Through the root scripts, as the README runs them: their exit codes must reach the caller. */
function pnpm(name: string, ...args: string[]) {
  return runRootScript(name, args, env, 90_000);
}

async function withDatabase<T>(work: (database: Database) => Promise<T>) {
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}

async function addRows(count: number) {
  await withDatabase(async ({ db }) => {
    for (let i = 0; i < count; i++) {
      await recordAudit(
        db,
        { userId: 1, login: 'tester', requestId: null, clientIp: null },
        { action: 'staff.update', entityType: 'staff', entityId: i },
      );
    }
  });
}

async function rowIds() {
  return withDatabase(async ({ db }) => {
    const result = (await db.execute(sql`select id from audit_log order by id`)) as unknown as {
      rows: { id: string }[];
    };
    return result.rows.map((row) => Number(row.id));
  });
}

let checkpointId = 0;

// Each step starts the real command through pnpm in a new process: slow on a loaded machine.
describe.runIf(isEngineIndependentRun())(
  'pnpm audit:checkpoint and audit:verify, from the repository root',
  {
    timeout: 120_000,
  },
  () => {
    beforeAll(() => addRows(10), 90_000);

    it('writes a signed checkpoint of the head, with its public key beside it', async () => {
      const result = await pnpm('audit:checkpoint');
      expect(result).toMatchObject({ code: 0 });
      const ids = await rowIds();
      checkpointId = ids[ids.length - 1] ?? 0;
      expect(result.stdout).toMatch(
        new RegExp(`^audit checkpoint written: head #${checkpointId} [0-9a-f]{64}, 10 rows`),
      );
      expect(readdirSync(checkpointDir).sort()).toEqual([
        'checkpoints.jsonl',
        expect.stringMatching(/^public-key-[0-9a-f]{16}\.pem$/),
      ]);
    });

    it('exits 0 on an untouched chain with rows appended after the checkpoint', async () => {
      await addRows(3);
      const result = await pnpm('audit:verify');
      expect(result).toMatchObject({ code: 0 });
      expect(result.stdout).toContain('audit log intact: 13 rows');
      expect(result.stdout).toContain('agrees with 1 signed checkpoints');
    });

    it('exits 2 on a forged checkpoint given with --checkpoints and --public-key', async () => {
      const elsewhere = mkdtempSync(path.join(tmpdir(), 'cutover-audit-copy-'));
      const [publicKey = ''] = readdirSync(checkpointDir).filter((name) => name.endsWith('.pem'));
      copyFileSync(path.join(checkpointDir, publicKey), path.join(elsewhere, 'key.pem'));
      const line = JSON.parse(readFileSync(path.join(checkpointDir, 'checkpoints.jsonl'), 'utf8'));
      const forged = path.join(elsewhere, 'forged.jsonl');
      writeFileSync(forged, `${JSON.stringify({ ...line, rows: line.rows - 1 })}\n`);

      const result = await pnpm(
        'audit:verify',
        '--checkpoints',
        forged,
        '--public-key',
        path.join(elsewhere, 'key.pem'),
      );
      expect(result.code).toBe(2);
      expect(result.stdout).toContain(`audit checkpoint REFUSED at ${forged}:1`);
      expect(result.stdout).toContain('its signature does not verify');
    });

    it('exits 2 naming the checkpointed row after a row was deleted and the chain re-hashed', async () => {
      const [, , third = 0] = await rowIds();
      await withDatabase(({ db }) => deleteAuditRowAndRehash(db, third));
      const result = await pnpm('audit:verify');
      expect(result.code).toBe(2);
      expect(result.stdout).toMatch(
        new RegExp(
          `^audit log BROKEN at row #${checkpointId} holds another hash than checkpoint \\S+checkpoints\\.jsonl:1 `,
        ),
      );
    });

    it('refuses to checkpoint over the rewritten chain', async () => {
      const result = await pnpm('audit:checkpoint');
      expect(result.code).toBe(2);
      expect(result.stdout).toContain(
        `audit log does NOT match its last checkpoint (row #${checkpointId}`,
      );
    });

    it('exits 2 after a truncate', async () => {
      await withDatabase(({ db }) => truncateAuditLog(db));
      const result = await pnpm('audit:verify');
      expect(result.code).toBe(2);
      expect(result.stdout).toMatch(
        new RegExp(`^audit log BROKEN at row #${checkpointId} is missing`),
      );
    });
  },
);
