import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keyIdOf } from '@cutover/db';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../env';
import { checkpointDir, checkpointSetup, checkpointTarget } from './checkpoint-setup';
import { auditSigningKey, DEMO_KEY_FILE } from './signing-key';

const pemOf = (key: KeyObject) => String(key.export({ type: 'pkcs8', format: 'pem' }));
const { privateKey } = generateKeyPairSync('ed25519');
const pem = pemOf(privateKey);
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'cutover-signing-'));

/** A production configuration (no demo) over its own data directory. */
function env(extra: Record<string, string> = {}) {
  return loadEnv({ CUTOVER_DEMO: 'false', CUTOVER_DATA_DIR: tempDir(), ...extra });
}

describe('the audit signing key', () => {
  it('is read from CUTOVER_AUDIT_SIGNING_KEY, also with its line breaks written as \\n', () => {
    for (const text of [pem, pem.replaceAll('\n', '\\n')]) {
      const key = auditSigningKey(env({ CUTOVER_AUDIT_SIGNING_KEY: text }));
      expect(key && keyIdOf(key)).toBe(keyIdOf(privateKey));
    }
  });

  it('is read from CUTOVER_AUDIT_SIGNING_KEY_FILE', () => {
    const file = path.join(tempDir(), 'key.pem');
    writeFileSync(file, pem, { mode: 0o600 });
    const key = auditSigningKey(env({ CUTOVER_AUDIT_SIGNING_KEY_FILE: file }));
    expect(key && keyIdOf(key)).toBe(keyIdOf(privateKey));
  });

  it.each([
    [
      'both are set',
      { CUTOVER_AUDIT_SIGNING_KEY: pem, CUTOVER_AUDIT_SIGNING_KEY_FILE: '/k' },
      /not both/,
    ],
    [
      'the file is missing',
      { CUTOVER_AUDIT_SIGNING_KEY_FILE: '/nonexistent/key.pem' },
      /cannot read \/nonexistent\/key\.pem: no such file/,
    ],
    [
      'the text is not a key',
      { CUTOVER_AUDIT_SIGNING_KEY: 'secret' },
      /^CUTOVER_AUDIT_SIGNING_KEY: not a PEM private key$/,
    ],
    [
      'the key is not Ed25519',
      {
        CUTOVER_AUDIT_SIGNING_KEY: pemOf(
          generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
        ),
      },
      /must be Ed25519, not ec/,
    ],
  ])('is refused with one clear line when %s', (_, settings, message) => {
    expect(() => auditSigningKey(env(settings))).toThrow(ConfigError);
    expect(() => auditSigningKey(env(settings))).toThrow(message);
  });

  it('is generated once in demo mode, readable by its owner only, and reused', () => {
    const dataDir = path.join(tempDir(), 'data');
    const demo = loadEnv({ CUTOVER_DEMO: 'true', CUTOVER_DATA_DIR: dataDir });
    const first = auditSigningKey(demo);
    const file = path.join(dataDir, DEMO_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const second = auditSigningKey(demo);
    expect(first && second && keyIdOf(second)).toBe(first && keyIdOf(first));
  });

  it('is absent outside demo mode when none is configured', () => {
    expect(auditSigningKey(env())).toBeNull();
  });
});

describe('checkpoint setup', () => {
  it('refuses to start outside demo mode without a key, naming the way out', () => {
    expect(() => checkpointSetup(env())).toThrow(ConfigError);
    expect(() => checkpointSetup(env())).toThrow(
      /set CUTOVER_AUDIT_SIGNING_KEY_FILE .* or set CUTOVER_AUDIT_CHECKPOINT_MINUTES=0 to run without$/,
    );
    expect(() => checkpointTarget(env())).toThrow(ConfigError);
  });

  it('is off, needing no key, when CUTOVER_AUDIT_CHECKPOINT_MINUTES is 0', () => {
    expect(checkpointSetup(env({ CUTOVER_AUDIT_CHECKPOINT_MINUTES: '0' }))).toBeNull();
  });

  it('runs every 5 minutes into <data dir>/audit-checkpoints unless told otherwise', () => {
    const configured = env({ CUTOVER_AUDIT_SIGNING_KEY: pem });
    expect(checkpointSetup(configured)).toMatchObject({
      everyMinutes: 5,
      dir: path.join(path.resolve(configured.CUTOVER_DATA_DIR), 'audit-checkpoints'),
      signer: { keyId: keyIdOf(privateKey) },
    });
    const elsewhere = env({
      CUTOVER_AUDIT_SIGNING_KEY: pem,
      CUTOVER_AUDIT_CHECKPOINT_MINUTES: '60',
      CUTOVER_AUDIT_CHECKPOINT_DIR: '/var/lib/cutover-audit',
    });
    expect(checkpointSetup(elsewhere)).toMatchObject({
      everyMinutes: 60,
      dir: '/var/lib/cutover-audit',
    });
    expect(checkpointDir(elsewhere)).toBe('/var/lib/cutover-audit');
  });

  it.each(['-1', '1.5', 'often', String(24 * 60 + 1)])(
    'refuses CUTOVER_AUDIT_CHECKPOINT_MINUTES=%s',
    (value) => {
      expect(() => loadEnv({ CUTOVER_AUDIT_CHECKPOINT_MINUTES: value })).toThrow(
        /invalid configuration: CUTOVER_AUDIT_CHECKPOINT_MINUTES/,
      );
    },
  );
});
