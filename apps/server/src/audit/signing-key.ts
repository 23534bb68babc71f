import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isEd25519 } from '@cutover/db';
import { ConfigError, type Env } from '../env';

/** Where demo mode keeps the key it generates, inside the data directory. */
export const DEMO_KEY_FILE = 'audit-signing-key.pem';

type KeySettings = Pick<
  Env,
  | 'CUTOVER_AUDIT_SIGNING_KEY'
  | 'CUTOVER_AUDIT_SIGNING_KEY_FILE'
  | 'CUTOVER_DEMO'
  | 'CUTOVER_DATA_DIR'
>;

/**
 * The Ed25519 key that signs audit checkpoints: from CUTOVER_AUDIT_SIGNING_KEY (PEM text),
 * CUTOVER_AUDIT_SIGNING_KEY_FILE, or, in demo mode only, one generated once into the data
 * directory. Null when none is configured outside demo mode.
 */
export function auditSigningKey(env: KeySettings): KeyObject | null {
  const { CUTOVER_AUDIT_SIGNING_KEY: text, CUTOVER_AUDIT_SIGNING_KEY_FILE: file } = env;
  if (text && file) {
    throw new ConfigError(
      'set CUTOVER_AUDIT_SIGNING_KEY or CUTOVER_AUDIT_SIGNING_KEY_FILE, not both',
    );
  }
  // Environment files often cannot hold line breaks: accept them written as \n.
  if (text) return parseKey(text.replaceAll('\\n', '\n'), 'CUTOVER_AUDIT_SIGNING_KEY');
  if (file) return parseKey(readKeyFile(file), `CUTOVER_AUDIT_SIGNING_KEY_FILE (${file})`);
  if (env.CUTOVER_DEMO) return demoKey(env.CUTOVER_DATA_DIR);
  return null;
}

function readKeyFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'unreadable';
    throw new ConfigError(`CUTOVER_AUDIT_SIGNING_KEY_FILE: cannot read ${file}: ${reason}`);
  }
}

function parseKey(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new ConfigError(`${source}: not a PEM private key`);
  }
  if (!isEd25519(key)) {
    throw new ConfigError(
      `${source}: the audit signing key must be Ed25519, not ${key.asymmetricKeyType}`,
    );
  }
  return key;
}

/** Generated on first use (readable by this user only), then read back on every start. */
function demoKey(dataDir: string): KeyObject {
  const file = path.join(path.resolve(dataDir), DEMO_KEY_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
  try {
    writeFileSync(file, pem, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parseKey(readFileSync(file, 'utf8'), file);
}
