import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-verify';
import type { Db } from '../client';
import { recordAudit } from '../queries/audit-log/audit';
import {
  deleteAuditRowAndRehash,
  openTestDatabase,
  type TestDatabase,
  truncateAuditLog,
} from '../testing/index';
import { checkpointLine, checkpointSigner } from './checkpoint';
import { CHECKPOINTS_FILE, publicKeyFileName } from './checkpoint-file';
import { loadCheckpoints, readPublicKeys } from './load-checkpoints';
import { writeAuditCheckpoint } from './write-checkpoint';

const signer = checkpointSigner(generateKeyPairSync('ed25519').privateKey);
const actor = { userId: 7, login: 'tester', requestId: 'r-1', clientIp: '127.0.0.1' };

let testDb: TestDatabase | undefined;
afterEach(async () => {
  await testDb?.drop();
  testDb = undefined;
});

async function addRows(db: Db, count: number) {
  for (let i = 0; i < count; i++) {
    await recordAudit(db, actor, {
      action: 'staff.update',
      entityType: 'staff',
      entityId: i,
      after: { value: i },
    });
  }
}

async function checkpoint(db: Db, dir: string) {
  const result = await writeAuditCheckpoint(db, { signer, dir });
  if (result.status !== 'ok') throw new Error(`no checkpoint: ${result.status}`);
  return result.checkpoint;
}

/** 30 rows, checkpointed after rows 10, 20 and 30; returns the checkpoint ids. */
async function anchoredLog() {
  testDb = await openTestDatabase();
  // These tests act as the table's owner throughout: the attacker the checkpoints are for.
  const { db } = testDb.owner;
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-checkpoints-'));
  const ids: number[] = [];
  for (let i = 0; i < 3; i++) {
    await addRows(db, 10);
    ids.push((await checkpoint(db, dir)).id);
  }
  return { db, dir, ids };
}

async function anchorsOf(dir: string) {
  const keys = await readPublicKeys([path.join(dir, publicKeyFileName(signer.keyId))]);
  const loaded = await loadCheckpoints([path.join(dir, CHECKPOINTS_FILE)], keys);
  if (!loaded.ok) throw new Error(`checkpoints refused: ${JSON.stringify(loaded.problem)}`);
  return loaded.anchors;
}

async function rowIds(db: Db) {
  const result = (await db.execute(sql`select id from audit_log order by id`)) as unknown as {
    rows: { id: string }[];
  };
  return result.rows.map((row) => Number(row.id));
}

describe('the audit chain against signed checkpoints', { timeout: 60_000 }, () => {
  it('an untouched chain with rows appended after the last checkpoint is intact', async () => {
    const { db, dir } = await anchoredLog();
    await addRows(db, 5);
    const report = await verifyAuditChain(db, { anchors: await anchorsOf(dir), batchSize: 7 });
    expect(report).toMatchObject({ ok: true, checked: 35, anchorsChecked: 3 });
  });

  it('names the first checkpointed row after a middle row was deleted and the rest re-hashed', async () => {
    const { db, dir, ids } = await anchoredLog();
    const [firstCheckpoint, secondCheckpoint] = ids;
    const victim = (await rowIds(db))[14] ?? 0;
    await deleteAuditRowAndRehash(db, victim);

    // The rewrite is consistent: the chain alone cannot tell.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 29 });
    expect(
      await verifyAuditChain(db, { anchors: await anchorsOf(dir), batchSize: 7 }),
    ).toMatchObject({
      ok: false,
      reason: 'checkpoint_hash_differs',
      brokenAt: secondCheckpoint,
      intactThrough: firstCheckpoint,
      anchor: { id: secondCheckpoint, label: expect.stringContaining(`${CHECKPOINTS_FILE}:2 `) },
    });
  });

  it('catches the rewrite when the table owner is an ordinary role, not a superuser', async () => {
    const { db, dir, ids } = await anchoredLog();
    const owner = `cutover_audit_owner_${randomBytes(4).toString('hex')}`;
    await db.execute(sql.raw(`create role ${owner} nosuperuser`));
    try {
      await db.execute(sql.raw(`alter table audit_log owner to ${owner}`));
      const victim = (await rowIds(db))[4] ?? 0;
      await db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local role ${owner}`));
        await deleteAuditRowAndRehash(tx, victim);
      });
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 29 });
      expect(await verifyAuditChain(db, { anchors: await anchorsOf(dir) })).toMatchObject({
        ok: false,
        reason: 'checkpoint_hash_differs',
        brokenAt: ids[0],
      });
    } finally {
      await db.execute(sql.raw('alter table audit_log owner to current_user'));
      await db.execute(sql.raw(`drop role ${owner}`));
    }
  });

  it('names the checkpointed row itself when that is the one deleted', async () => {
    const { db, dir, ids } = await anchoredLog();
    await deleteAuditRowAndRehash(db, ids[1] ?? 0);
    expect(await verifyAuditChain(db, { anchors: await anchorsOf(dir) })).toMatchObject({
      ok: false,
      reason: 'checkpoint_row_missing',
      brokenAt: ids[1],
      intactThrough: ids[0],
    });
  });

  it('catches a truncate behind disabled triggers', async () => {
    const { db, dir, ids } = await anchoredLog();
    await truncateAuditLog(db);

    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 0 });
    expect(await verifyAuditChain(db, { anchors: await anchorsOf(dir) })).toMatchObject({
      ok: false,
      reason: 'checkpoint_row_missing',
      brokenAt: ids[0],
      checked: 0,
    });
  });

  it('catches rows cut off the end after a checkpoint', async () => {
    const { db, dir, ids } = await anchoredLog();
    const all = await rowIds(db);
    await db.execute(sql`alter table audit_log disable trigger user`);
    await db.execute(sql`delete from audit_log where id > ${all[24] ?? 0}`);
    await db.execute(sql`alter table audit_log enable trigger user`);
    expect(await verifyAuditChain(db, { anchors: await anchorsOf(dir) })).toMatchObject({
      ok: false,
      reason: 'checkpoint_row_missing',
      brokenAt: ids[2],
      intactThrough: ids[1],
      checked: 25,
    });
  });

  it('refuses a checkpoint whose signature was forged, naming its line', async () => {
    const { dir } = await anchoredLog();
    const file = path.join(dir, CHECKPOINTS_FILE);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const second = JSON.parse(lines[1] ?? '{}');
    // Claims the real key's id, signed with the forger's own key.
    const forger = checkpointSigner(generateKeyPairSync('ed25519').privateKey);
    const forged = { ...forger.sign({ ...second, hash: 'f'.repeat(64) }), keyId: signer.keyId };
    lines[1] = checkpointLine(forged).trimEnd();
    writeFileSync(file, `${lines.join('\n')}\n`);

    const keys = await readPublicKeys([path.join(dir, publicKeyFileName(signer.keyId))]);
    expect(await loadCheckpoints([file], keys)).toEqual({
      ok: false,
      problem: { file, line: 2, reason: 'bad_signature', keyId: signer.keyId },
    });
  });

  it('refuses a damaged line and a checkpoint by a key it was not given', async () => {
    const { dir } = await anchoredLog();
    const file = path.join(dir, CHECKPOINTS_FILE);
    const keys = await readPublicKeys([path.join(dir, publicKeyFileName(signer.keyId))]);
    const stranger = checkpointSigner(generateKeyPairSync('ed25519').privateKey);
    const other = path.join(dir, 'other.jsonl');
    writeFileSync(
      other,
      checkpointLine(
        stranger.sign({
          id: 1,
          hash: 'a'.repeat(64),
          rows: 1,
          at: new Date().toISOString(),
          keyId: '',
        }),
      ),
    );
    expect(await loadCheckpoints([file, other], keys)).toMatchObject({
      ok: false,
      problem: { file: other, line: 1, reason: 'unknown_key', keyId: stranger.keyId },
    });
    appendFileSync(file, '{"v":1,"id":3\n');
    expect(await loadCheckpoints([file], keys)).toMatchObject({
      ok: false,
      problem: { file, line: 4, reason: 'malformed' },
    });
  });

  it('reads checkpoints out of the server log, skipping its other records', async () => {
    const { db, dir, ids } = await anchoredLog();
    const log = path.join(dir, 'server.log');
    const lines = readFileSync(path.join(dir, CHECKPOINTS_FILE), 'utf8').trimEnd().split('\n');
    writeFileSync(
      log,
      [
        '{"level":30,"time":1,"msg":"Cutover is running"}',
        ...lines.map(
          (line) =>
            `{"level":30,"time":2,"auditCheckpoint":${line},"msg":"audit checkpoint written"}`,
        ),
        '',
      ].join('\n'),
    );
    const keys = await readPublicKeys([path.join(dir, publicKeyFileName(signer.keyId))]);
    const loaded = await loadCheckpoints([log], keys);
    expect(loaded.ok && loaded.anchors.map((anchor) => anchor.id)).toEqual(ids);
    if (loaded.ok)
      expect(await verifyAuditChain(db, { anchors: loaded.anchors })).toMatchObject({ ok: true });
  });
});
