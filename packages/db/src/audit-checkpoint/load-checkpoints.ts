import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ChainAnchor } from '../audit-verify';
import { checkpointSignatureValid, isEd25519, keyIdOf } from './checkpoint';
import { readCheckpointFile } from './checkpoint-file';

/** A public key file that cannot be used: a usage error, not a broken log. */
export class CheckpointKeyError extends Error {}

/** Reads Ed25519 public keys (PEM), by key id. A private key is accepted: its public half is used. */
export async function readPublicKeys(files: readonly string[]): Promise<Map<string, KeyObject>> {
  const keys = new Map<string, KeyObject>();
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch((error: Error) => {
      throw new CheckpointKeyError(`cannot read the public key ${file}: ${error.message}`);
    });
    let key: KeyObject;
    try {
      key = createPublicKey(text);
    } catch {
      throw new CheckpointKeyError(`${file} is not a PEM public key`);
    }
    if (!isEd25519(key)) throw new CheckpointKeyError(`${file} is not an Ed25519 key`);
    keys.set(keyIdOf(key), key);
  }
  return keys;
}

export type CheckpointProblem = {
  file: string;
  line: number;
  reason: 'malformed' | 'unknown_key' | 'bad_signature';
  keyId?: string;
};

export type LoadedCheckpoints =
  | { ok: true; anchors: ChainAnchor[] }
  | { ok: false; problem: CheckpointProblem };

/**
 * Reads every checkpoint of the files and checks its signature. The first line that is not
 * a checkpoint, names a key not given, or carries a signature that does not verify is
 * reported: a forged or damaged checkpoint is itself a failure.
 */
export async function loadCheckpoints(
  files: readonly string[],
  publicKeys: ReadonlyMap<string, KeyObject>,
): Promise<LoadedCheckpoints> {
  const anchors: ChainAnchor[] = [];
  for (const file of files) {
    for await (const { line, checkpoint } of readCheckpointFile(file)) {
      if (!checkpoint) return { ok: false, problem: { file, line, reason: 'malformed' } };
      const key = publicKeys.get(checkpoint.keyId);
      if (!key) {
        return {
          ok: false,
          problem: { file, line, reason: 'unknown_key', keyId: checkpoint.keyId },
        };
      }
      if (!checkpointSignatureValid(checkpoint, key)) {
        return {
          ok: false,
          problem: { file, line, reason: 'bad_signature', keyId: checkpoint.keyId },
        };
      }
      const { id, hash, rows, at } = checkpoint;
      anchors.push({ id, hash, rows, label: `${file}:${line} (taken ${at})` });
    }
  }
  return { ok: true, anchors };
}
