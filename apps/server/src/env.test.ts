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
