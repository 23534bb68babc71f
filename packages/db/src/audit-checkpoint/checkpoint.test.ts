import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkpointLine,
  checkpointPayload,
  checkpointSignatureValid,
  checkpointSigner,
  keyIdOf,
  parseCheckpoint,
  type SignedAuditCheckpoint,
} from './checkpoint';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = checkpointSigner(privateKey);
const unsigned = {
  id: 42,
  hash: 'ab'.repeat(32),
  rows: 40,
  at: '2025-03-01T10:00:00.000Z',
  keyId: signer.keyId,
};
const signed = signer.sign(unsigned);

describe('audit checkpoint signatures', () => {
  it('verify with the public key of the signer', () => {
    expect(signed).toMatchObject(unsigned);
    expect(Buffer.from(signed.signature, 'base64')).toHaveLength(64);
    expect(checkpointSignatureValid(signed, publicKey)).toBe(true);
    expect(checkpointSignatureValid(signed, createPublicKey(signer.publicKeyPem))).toBe(true);
  });

  it.each([
    ['id', { id: 41 }],
    ['hash', { hash: 'ac'.repeat(32) }],
    ['rows', { rows: 39 }],
    ['time', { at: '2025-03-01T10:00:00.001Z' }],
  ])('fail when the %s was changed after signing', (_, change) => {
    expect(checkpointSignatureValid({ ...signed, ...change }, publicKey)).toBe(false);
  });

  it('fail for another key, even one that claims the same key id', () => {
    const other = generateKeyPairSync('ed25519');
    const forged = { ...checkpointSigner(other.privateKey).sign(unsigned), keyId: signer.keyId };
    expect(checkpointSignatureValid(forged, publicKey)).toBe(false);
    expect(checkpointSignatureValid(signed, other.publicKey)).toBe(false);
  });

  it('fail for a signature of the wrong length or a flipped bit', () => {
    const bytes = Buffer.from(signed.signature, 'base64');
    expect(
      checkpointSignatureValid(
        { ...signed, signature: bytes.subarray(0, 63).toString('base64') },
        publicKey,
      ),
    ).toBe(false);
    bytes[10] = (bytes[10] ?? 0) ^ 1;
    expect(
      checkpointSignatureValid({ ...signed, signature: bytes.toString('base64') }, publicKey),
    ).toBe(false);
  });

  it('sign a fixed payload: field order and types cannot be shuffled', () => {
    expect(checkpointPayload(unsigned).toString()).toBe(
      `["cutover.audit-checkpoint.v1",42,"${'ab'.repeat(32)}",40,"2025-03-01T10:00:00.000Z","${signer.keyId}"]`,
    );
  });

  it('name the key by its public half', () => {
    expect(signer.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(publicKey)).toBe(signer.keyId);
  });

  it('refuse a key that is not Ed25519', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => checkpointSigner(ec.privateKey)).toThrow(/Ed25519/);
    expect(() => checkpointSigner(publicKey)).toThrow(/Ed25519/);
  });
});

describe('checkpoint lines', () => {
  it('round-trip through checkpoints.jsonl', () => {
    const line = checkpointLine(signed);
    expect(line.endsWith('\n')).toBe(true);
    expect(parseCheckpoint(JSON.parse(line))).toEqual(signed);
  });

  it.each<[string, Partial<Record<keyof SignedAuditCheckpoint | 'v', unknown>>]>([
    ['another version', { v: 2 }],
    ['a fractional id', { id: 1.5 }],
    ['an id as text', { id: '42' }],
    ['a short hash', { hash: 'ab' }],
    ['no rows', { rows: 0 }],
    ['a bad time', { at: 'yesterday' }],
    ['a bad key id', { keyId: 'xyz' }],
    ['no signature', { signature: undefined }],
  ])('reject %s', (_, change) => {
    expect(parseCheckpoint({ ...JSON.parse(checkpointLine(signed)), ...change })).toBeNull();
  });
});
