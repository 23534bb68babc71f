import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkpointRecord, checkpointSigner, recordAudit } from '@cutover/db';
import { openTestDatabase, type TestDatabase, truncateAuditLog } from '@cutover/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditCheckpointRefusedError, startAuditCheckpointer } from './checkpointer';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
}, 60_000);
afterAll(() => testDb?.drop());

const signer = checkpointSigner(generateKeyPairSync('ed25519').privateKey);

function capturingLogger() {
  const records: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => records.push(JSON.parse(line)) },
  );
  return { logger, records };
}

async function addRows(count: number) {
  for (let i = 0; i < count; i++) {
    await recordAudit(
      testDb.database.db,
      { userId: 1, login: 'tester', requestId: null, clientIp: null },
      { action: 'staff.update', entityType: 'staff', entityId: i },
    );
  }
}

/** The checkpoint written at start has reached the log (so that run is over). */
function startUpRun(records: Record<string, unknown>[]) {
  return vi.waitFor(
    () => expect(records.some((record) => record.msg === 'audit checkpoint written')).toBe(true),
    { timeout: 30_000 },
  );
}

const fileLines = (dir: string) =>
  readFileSync(path.join(dir, 'checkpoints.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('the server audit checkpointer', { timeout: 60_000 }, () => {
  it('writes at start and at stop, to the file and the info log alike; an unchanged head adds nothing', async () => {
    await addRows(4);
    const dir = mkdtempSync(path.join(tmpdir(), 'cutover-checkpointer-'));
    const { logger, records } = capturingLogger();
    const checkpointer = startAuditCheckpointer(testDb.database, logger, {
      signer,
      dir,
      everyMinutes: 60,
    });

    await startUpRun(records);
    const [first] = fileLines(dir);
    const again = await checkpointer.write();
    expect(again && checkpointRecord(again)).toEqual(first);
    await addRows(2);
    await checkpointer.stop();

    const written = records.filter((record) => record.msg === 'audit checkpoint written');
    expect(written).toHaveLength(2);
    expect(written.every((record) => record.level === 30)).toBe(true);
    expect(written.map((record) => record.auditCheckpoint)).toEqual(fileLines(dir));
    expect(fileLines(dir)).toMatchObject([
      { id: first?.id, rows: 4, keyId: signer.keyId },
      { rows: 6, keyId: signer.keyId },
    ]);
  });

  it('refuses, and logs an error, when the log no longer holds its last checkpoint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cutover-checkpointer-'));
    const { logger, records } = capturingLogger();
    const checkpointer = startAuditCheckpointer(testDb.database, logger, {
      signer,
      dir,
      everyMinutes: 60,
    });
    await startUpRun(records);
    await truncateAuditLog(testDb.owner.db);
    await expect(checkpointer.write()).rejects.toThrow(AuditCheckpointRefusedError);
    await expect(checkpointer.write()).rejects.toThrow(
      /no longer matches its last checkpoint \(row #\d+, taken /,
    );
    await checkpointer.stop();
    expect(records.filter((record) => record.level === 50).map((record) => record.msg)).toEqual([
      'audit checkpoint failed',
    ]);
    expect(fileLines(dir)).toHaveLength(1);
  });
});
