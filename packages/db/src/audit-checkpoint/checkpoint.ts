import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

/** What a checkpoint attests: at `at`, the audit log's head was row `id` with `hash`. */
export interface AuditCheckpoint {
  /** audit_log.id of the head row. */
  id: number;
  /** That row's chain hash. */
  hash: string;
  /** How many rows have an id at or below `id`. */
  rows: number;
  /** When the checkpoint was taken (ISO 8601, UTC). */
  at: string;
  /** Which key signed it: see `keyIdOf`. */
  keyId: string;
}

export interface SignedAuditCheckpoint extends AuditCheckpoint {
  /** Ed25519 signature of `checkpointPayload`, base64. */
  signature: string;
}

export interface CheckpointSigner {
  keyId: string;
  publicKeyPem: string;
  sign(checkpoint: AuditCheckpoint): SignedAuditCheckpoint;
}

const FORMAT = 'cutover.audit-checkpoint.v1';
const HEX_HASH = /^[0-9a-f]{64}$/;
const KEY_ID = /^[0-9a-f]{16}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The exact bytes that are signed: a JSON array, so field order and types are fixed. */
export function checkpointPayload(c: AuditCheckpoint): Buffer {
  return Buffer.from(JSON.stringify([FORMAT, c.id, c.hash, c.rows, c.at, c.keyId]), 'utf8');
}

/** The first 16 hex digits of the SHA-256 of the public key (SubjectPublicKeyInfo, DER). */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

export function isEd25519(key: KeyObject): boolean {
  return key.asymmetricKeyType === 'ed25519';
}

/** A signer over an Ed25519 private key. */
export function checkpointSigner(privateKey: KeyObject): CheckpointSigner {
  if (privateKey.type !== 'private' || !isEd25519(privateKey)) {
    throw new TypeError('audit checkpoints are signed with an Ed25519 private key');
  }
  const keyId = keyIdOf(privateKey);
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' });
  return {
    keyId,
    publicKeyPem: String(publicKeyPem),
    sign(checkpoint) {
      const unsigned = { ...checkpoint, keyId };
      const signature = sign(null, checkpointPayload(unsigned), privateKey).toString('base64');
      return { ...unsigned, signature };
    },
  };
}

/** True when `publicKey` signed exactly this checkpoint. */
export function checkpointSignatureValid(
  checkpoint: SignedAuditCheckpoint,
  publicKey: KeyObject,
): boolean {
  if (!isEd25519(publicKey) || keyIdOf(publicKey) !== checkpoint.keyId) return false;
  const signature = Buffer.from(checkpoint.signature, 'base64');
  if (signature.length !== 64) return false;
  return verify(null, checkpointPayload(checkpoint), publicKey, signature);
}

/** A checkpoint as it is stored and logged, fields in a fixed order. */
export function checkpointRecord(c: SignedAuditCheckpoint) {
  const { id, hash, rows, at, keyId, signature } = c;
  return { v: 1, id, hash, rows, at, keyId, signature };
}

/** One line of checkpoints.jsonl. */
export function checkpointLine(c: SignedAuditCheckpoint): string {
  return `${JSON.stringify(checkpointRecord(c))}\n`;
}

/** Reads a stored checkpoint record; null when it is not a well-formed one. */
export function parseCheckpoint(value: unknown): SignedAuditCheckpoint | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { v, id, hash, rows, at, keyId, signature } = record;
  if (v !== 1) return null;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return null;
  if (typeof hash !== 'string' || !HEX_HASH.test(hash)) return null;
  if (typeof rows !== 'number' || !Number.isSafeInteger(rows) || rows < 1) return null;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId)) return null;
  if (typeof signature !== 'string' || !BASE64.test(signature)) return null;
  return { id, hash, rows, at, keyId, signature };
}
