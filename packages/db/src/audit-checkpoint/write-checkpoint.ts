import { createPublicKey } from 'node:crypto';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, type Executor, queryRows } from '../client';
import {
  type CheckpointSigner,
  checkpointSignatureValid,
  type SignedAuditCheckpoint,
} from './checkpoint';
import {
  appendCheckpoint,
  CHECKPOINTS_FILE,
  lastCheckpointIn,
  writePublicKeyFile,
} from './checkpoint-file';

/** Serializes checkpoint writers across instances (see also the chain's 7270011). */
const CHECKPOINT_LOCK = 7270041;

export interface WriteCheckpointOptions {
  signer: CheckpointSigner;
  /** Where checkpoints.jsonl and the public key live: outside the database. */
  dir: string;
  /** Return the file's last checkpoint instead of a new one when the head has not moved. */
  reuseUnchanged?: boolean;
  now?: () => Date;
}

export type WriteCheckpointResult =
  /** `written` is false when an unchanged head reused the last checkpoint. */
  | { status: 'ok'; checkpoint: SignedAuditCheckpoint; written: boolean }
  /** Nothing to anchor yet. */
  | { status: 'empty' }
  /**
   * The log no longer holds the row the file's last checkpoint names, or that row's hash
   * changed: the chain was rewritten. Nothing is written over it.
   */
  | { status: 'disagrees'; previous: SignedAuditCheckpoint; found: string | null };

interface HeadRow {
  id: string | number;
  hash: string;
  added: string | number;
  previous_hash: string | null;
}

/**
 * Signs the audit log's current head and appends it to `<dir>/checkpoints.jsonl`, under an
 * advisory lock so instances sharing the directory do not write the same head twice.
 * The row count carries on from the last checkpoint (it was checked to still be there),
 * so a checkpoint costs a count of the new rows only.
 */
export async function writeAuditCheckpoint(
  db: Db,
  options: WriteCheckpointOptions,
): Promise<WriteCheckpointResult> {
  const { signer, dir } = options;
  await writePublicKeyFile(dir, signer);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CHECKPOINT_LOCK})`);
    const last = await lastCheckpointIn(path.join(dir, CHECKPOINTS_FILE));
    const previous =
      last && checkpointSignatureValid(last, createPublicKey(signer.publicKeyPem)) ? last : null;
    const head = await readHead(tx, previous?.id ?? 0);
    if (previous && head?.previous_hash !== previous.hash) {
      return { status: 'disagrees', previous, found: head?.previous_hash ?? null };
    }
    if (!head) return { status: 'empty' };
    const id = Number(head.id);
    if (options.reuseUnchanged && previous?.id === id && previous.hash === head.hash) {
      return { status: 'ok', checkpoint: previous, written: false };
    }
    const checkpoint = signer.sign({
      id,
      hash: head.hash,
      rows: (previous?.rows ?? 0) + Number(head.added),
      at: (options.now?.() ?? new Date()).toISOString(),
      keyId: signer.keyId,
    });
    await appendCheckpoint(dir, checkpoint);
    return { status: 'ok', checkpoint, written: true };
  });
}

/** The head, the rows after `sinceId` up to it, and the hash now stored at `sinceId`: one snapshot. */
async function readHead(tx: Executor, sinceId: number): Promise<HeadRow | null> {
  const [row] = await queryRows<HeadRow>(
    tx,
    sql`with head as (select id, hash from audit_log order by id desc limit 1)
        select head.id, head.hash,
          (select count(*) from audit_log a where a.id > ${sinceId} and a.id <= head.id) as added,
          (select a.hash from audit_log a where a.id = ${sinceId}) as previous_hash
        from head`,
  );
  return row ?? null;
}
