import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { recordAudit } from '../queries/audit-log/audit';
import { openTestDatabase, type TestDatabase } from '../testing/index';
import { checkpointSignatureValid, checkpointSigner, parseCheckpoint } from './checkpoint';
import { CHECKPOINTS_FILE, publicKeyFileName } from './checkpoint-file';
import { readPublicKeys } from './load-checkpoints';
import { writeAuditCheckpoint } from './write-checkpoint';

const signer = checkpointSigner(generateKeyPairSync('ed25519').privateKey);
const actor = { userId: 7, login: 'tester', requestId: 'r-1', clientIp: '127.0.0.1' };

let testDb: TestDatabase;
let db: Db;
beforeAll(async () => {
  testDb = await openTestDatabase();
  db = testDb.database.db;
}, 60_000);
afterAll(() => testDb?.drop());

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'cutover-checkpoints-'));

async function addRows(count: number) {
  for (let i = 0; i < count; i++) {
    await recordAudit(db, actor, { action: 'staff.update', entityType: 'staff', entityId: i });
  }
}

function linesOf(dir: string) {
  return readFileSync(path.join(dir, CHECKPOINTS_FILE), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => parseCheckpoint(JSON.parse(line)));
}

async function head() {
  const result = (await db.execute(
    sql`select id, hash, (select count(*) from audit_log) as rows from audit_log order by id desc limit 1`,
  )) as unknown as { rows: { id: string; hash: string; rows: string }[] };
  const row = result.rows[0];
  return { id: Number(row?.id), hash: row?.hash, rows: Number(row?.rows) };
}

// One database for the file: each case adds rows and writes into its own directory.
describe('writeAuditCheckpoint', { timeout: 60_000 }, () => {
  it('has nothing to anchor in an empty log', async () => {
    const dir = freshDir();
    expect(await writeAuditCheckpoint(db, { signer, dir })).toEqual({ status: 'empty' });
    expect(() => statSync(path.join(dir, CHECKPOINTS_FILE))).toThrow();
  });

  it('appends a signed line for the head and puts the public key beside it', async () => {
    await addRows(3);
    const dir = freshDir();
    const result = await writeAuditCheckpoint(db, {
      signer,
      dir,
      now: () => new Date('2025-03-01T10:00:00Z'),
    });
    const expected = { ...(await head()), at: '2025-03-01T10:00:00.000Z', keyId: signer.keyId };
    expect(result).toMatchObject({ status: 'ok', written: true, checkpoint: expected });
    const [line] = linesOf(dir);
    expect(line).toMatchObject(expected);
    const keys = await readPublicKeys([path.join(dir, publicKeyFileName(signer.keyId))]);
    const key = keys.get(signer.keyId);
    expect(line && key && checkpointSignatureValid(line, key)).toBe(true);
  });

  it('counts rows across id gaps and carries the count on from the last checkpoint', async () => {
    const dir = freshDir();
    await writeAuditCheckpoint(db, { signer, dir });
    // A rolled-back write leaves a gap in the ids.
    await db
      .transaction(async (tx) => {
        await recordAudit(tx, actor, { action: 'staff.update', entityType: 'staff', entityId: 1 });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await addRows(2);
    await writeAuditCheckpoint(db, { signer, dir });
    const [first, second] = linesOf(dir);
    const now = await head();
    expect(second).toMatchObject({ id: now.id, hash: now.hash, rows: now.rows });
    expect(second?.rows).toBe((first?.rows ?? 0) + 2);
    expect(now.id - (first?.id ?? 0)).toBeGreaterThan(3);
  });

  it('reuses the last checkpoint when asked and the head has not moved', async () => {
    const dir = freshDir();
    const first = await writeAuditCheckpoint(db, { signer, dir });
    const again = await writeAuditCheckpoint(db, { signer, dir, reuseUnchanged: true });
    expect(again).toEqual({ ...first, written: false });
    expect(linesOf(dir)).toHaveLength(1);
    const fresh = await writeAuditCheckpoint(db, { signer, dir });
    expect(fresh).toMatchObject({ status: 'ok', written: true });
    expect(linesOf(dir)).toHaveLength(2);
  });

  it('writes one checkpoint when parallel writers race for an unchanged head', async () => {
    await addRows(1);
    const dir = freshDir();
    // Open the pool's connections first, so the writers really start together.
    await Promise.all(
      Array.from({ length: 4 }, () =>
        db.transaction((tx) => tx.execute(sql`select pg_sleep(0.05)`)),
      ),
    );
    await Promise.all(
      Array.from({ length: 4 }, () =>
        writeAuditCheckpoint(db, { signer, dir, reuseUnchanged: true }),
      ),
    );
    expect(linesOf(dir)).toHaveLength(1);
  });

  it('closes a line a crash left unfinished before appending', async () => {
    const dir = freshDir();
    await writeAuditCheckpoint(db, { signer, dir });
    appendFileSync(path.join(dir, CHECKPOINTS_FILE), '{"v":1,"id":');
    await addRows(1);
    await writeAuditCheckpoint(db, { signer, dir });
    const lines = readFileSync(path.join(dir, CHECKPOINTS_FILE), 'utf8').split('\n');
    expect(lines[1]).toBe('{"v":1,"id":');
    expect(parseCheckpoint(JSON.parse(lines[2] ?? ''))).toMatchObject({ id: (await head()).id });
  });

  it('refuses to write over a chain that no longer holds the last checkpoint', async () => {
    const dir = freshDir();
    await addRows(2);
    const first = await writeAuditCheckpoint(db, { signer, dir });
    const { id } = await head();
    const owner = testDb.owner.db;
    await owner.execute(sql`alter table audit_log disable trigger user`);
    await owner.execute(sql`update audit_log set hash = ${'e'.repeat(64)} where id = ${id}`);
    await owner.execute(sql`alter table audit_log enable trigger user`);
    await addRows(1);
    expect(await writeAuditCheckpoint(db, { signer, dir })).toEqual({
      status: 'disagrees',
      previous: first.status === 'ok' ? first.checkpoint : null,
      found: 'e'.repeat(64),
    });
    expect(linesOf(dir)).toHaveLength(1);
  });
});
