import { DEFAULT_MAX_IMPORT_BYTES } from '@cutover/api';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv, MAX_IMPORT_BYTES_LIMIT } from './env';

describe('CUTOVER_IMPORT_MAX_BYTES', () => {
  it('defaults to the api limit, also when empty', () => {
    expect(loadEnv({}).CUTOVER_IMPORT_MAX_BYTES).toBe(DEFAULT_MAX_IMPORT_BYTES);
    expect(loadEnv({ CUTOVER_IMPORT_MAX_BYTES: '' }).CUTOVER_IMPORT_MAX_BYTES).toBe(
      DEFAULT_MAX_IMPORT_BYTES,
    );
  });

  it('parses a positive whole number of bytes up to the limit', () => {
    expect(loadEnv({ CUTOVER_IMPORT_MAX_BYTES: '1048576' }).CUTOVER_IMPORT_MAX_BYTES).toBe(
      1_048_576,
    );
    expect(
      loadEnv({ CUTOVER_IMPORT_MAX_BYTES: String(MAX_IMPORT_BYTES_LIMIT) })
        .CUTOVER_IMPORT_MAX_BYTES,
    ).toBe(MAX_IMPORT_BYTES_LIMIT);
  });

  it.each(['0', '-1', '1.5', 'fifty', '50MB', String(MAX_IMPORT_BYTES_LIMIT + 1)])(
    'refuses %s, naming the variable',
    (value) => {
      expect(() => loadEnv({ CUTOVER_IMPORT_MAX_BYTES: value })).toThrow(ConfigError);
      expect(() => loadEnv({ CUTOVER_IMPORT_MAX_BYTES: value })).toThrow(
        /invalid configuration: CUTOVER_IMPORT_MAX_BYTES/,
      );
    },
  );
});

describe('CUTOVER_TRUSTED_PROXIES', () => {
  it('trusts no proxy by default, also when empty', () => {
    expect(loadEnv({}).CUTOVER_TRUSTED_PROXIES).toEqual([]);
    expect(loadEnv({ CUTOVER_TRUSTED_PROXIES: '' }).CUTOVER_TRUSTED_PROXIES).toEqual([]);
    expect(loadEnv({ CUTOVER_TRUSTED_PROXIES: ' , ' }).CUTOVER_TRUSTED_PROXIES).toEqual([]);
  });

  it('reads a comma-separated list of addresses, ranges and range names', () => {
    expect(
      loadEnv({
        CUTOVER_TRUSTED_PROXIES: '10.0.0.5, 10.1.0.0/16,::1 , fd00::/8,loopback,uniquelocal',
      }).CUTOVER_TRUSTED_PROXIES,
    ).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'fd00::/8', 'loopback', 'uniquelocal']);
  });

  it.each([
    'proxy.example',
    '10.0.0.300',
    '10.0.0.0/33',
    '10.0.0.0/',
    '10.0.0.0/8/8',
    '10.0.0.0/x',
    '::1/129',
    '*',
    '10.0.0.1,everyone',
  ])('refuses %s, naming the variable and the entry', (value) => {
    expect(() => loadEnv({ CUTOVER_TRUSTED_PROXIES: value })).toThrow(
      /invalid configuration: CUTOVER_TRUSTED_PROXIES: ".+" is not an IP address/,
    );
  });
});

describe('metrics settings', () => {
  it('serves no metrics unless asked, and binds a metrics port to the loopback', () => {
    const env = loadEnv({});
    expect(env.CUTOVER_METRICS_PORT).toBeUndefined();
    expect(env.CUTOVER_METRICS_TOKEN).toBeUndefined();
    expect(loadEnv({ CUTOVER_METRICS_PORT: '9464' }).CUTOVER_METRICS_HOST).toBe('127.0.0.1');
  });

  it('refuses a short token', () => {
    expect(() => loadEnv({ CUTOVER_METRICS_TOKEN: 'short' })).toThrow(
      /invalid configuration: CUTOVER_METRICS_TOKEN: at least 16 characters/,
    );
  });
});

describe('DATABASE_POOL_SIZE', () => {
  it('defaults to 10 connections and takes a whole number from 1 to 200', () => {
    expect(loadEnv({}).DATABASE_POOL_SIZE).toBe(10);
    expect(loadEnv({ DATABASE_POOL_SIZE: '40' }).DATABASE_POOL_SIZE).toBe(40);
    for (const value of ['0', '201', '2.5', 'many']) {
      expect(() => loadEnv({ DATABASE_POOL_SIZE: value })).toThrow(/DATABASE_POOL_SIZE/);
    }
  });
});
