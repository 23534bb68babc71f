import path from 'node:path';
import { type CheckpointSigner, checkpointSigner } from '@cutover/db';
import { ConfigError, type Env } from '../env';
import { auditSigningKey } from './signing-key';

export interface CheckpointTarget {
  signer: CheckpointSigner;
  /** Absolute; holds checkpoints.jsonl and public-key-<key id>.pem. */
  dir: string;
}

export interface CheckpointSetup extends CheckpointTarget {
  everyMinutes: number;
}

export function checkpointDir(env: Env): string {
  return path.resolve(
    env.CUTOVER_AUDIT_CHECKPOINT_DIR ?? path.join(env.CUTOVER_DATA_DIR, 'audit-checkpoints'),
  );
}

const NO_KEY =
  'audit checkpoints need a signing key outside demo mode: set CUTOVER_AUDIT_SIGNING_KEY_FILE (or CUTOVER_AUDIT_SIGNING_KEY) to an Ed25519 private key, see README "Audit checkpoints"';

/** Where and with which key checkpoints are written; a ConfigError when there is no key. */
export function checkpointTarget(env: Env): CheckpointTarget {
  const key = auditSigningKey(env);
  if (!key) throw new ConfigError(NO_KEY);
  return { signer: checkpointSigner(key), dir: checkpointDir(env) };
}

/**
 * The server's periodic checkpoints: null when CUTOVER_AUDIT_CHECKPOINT_MINUTES is 0. Without
 * a key outside demo mode the server refuses to start rather than run unanchored.
 */
export function checkpointSetup(env: Env): CheckpointSetup | null {
  const everyMinutes = env.CUTOVER_AUDIT_CHECKPOINT_MINUTES;
  if (everyMinutes === 0) return null;
  const key = auditSigningKey(env);
  if (!key) {
    throw new ConfigError(`${NO_KEY}, or set CUTOVER_AUDIT_CHECKPOINT_MINUTES=0 to run without`);
  }
  return { signer: checkpointSigner(key), dir: checkpointDir(env), everyMinutes };
}
