import { describe, expect, it } from 'vitest';
import { validateSetting } from './rules';
import { setting } from './test-fixtures';

const key = 'childrens_mode.pin_length';
/** country 1 → region 10 → municipality 100 → school 1000 */
const school = [1, 10, 100, 1000];

describe('validateSetting', () => {
  it.each([
    { name: 'no settings', path: school, settings: [], locked: false },
    {
      name: 'unlocked ancestors',
      path: school,
      settings: [setting(1, key, 5), setting(10, key, 6)],
      locked: true,
    },
    {
      name: 'own lock may be changed',
      path: school,
      settings: [setting(1000, key, 8, true)],
      locked: false,
    },
    {
      name: 'lock off the path',
      path: school,
      settings: [setting(2, key, 5, true)],
      locked: false,
    },
    {
      name: 'lock below the node',
      path: [1, 10],
      settings: [setting(100, key, 5, true)],
      locked: true,
    },
    {
      name: 'another key locked',
      path: school,
      settings: [setting(1, 'childrens_mode.enabled', true, true)],
      locked: false,
    },
  ])('accepts: $name', ({ path, settings, locked }) => {
    expect(validateSetting(path, key, { value: 6, locked }, settings)).toEqual({
      ok: true,
      key,
      value: 6,
      locked,
    });
  });

  it.each([
    { name: 'locked by the parent', settings: [setting(100, key, 5, true)], lockedBy: 100 },
    {
      name: 'locked by the root',
      settings: [setting(1, key, 5, true), setting(10, key, 6)],
      lockedBy: 1,
    },
    {
      name: 'the highest lock is reported',
      settings: [setting(10, key, 5, true), setting(100, key, 6, true)],
      lockedBy: 10,
    },
    {
      name: 'a lock with the same value still refuses',
      settings: [setting(10, key, 6, true)],
      lockedBy: 10,
    },
  ])('refuses below a lock: $name', ({ settings, lockedBy }) => {
    const result = validateSetting(school, key, { value: 6, locked: false }, settings);
    expect(result).toEqual({
      ok: false,
      reason: 'locked_above',
      lockedBy,
      errors: [{ field: key, message: 'policies.errors.locked_above', text: expect.any(String) }],
    });
  });

  it.each([
    { value: 9, message: 'policies.errors.pin_length_range' },
    { value: '6', message: 'policies.errors.pin_length_integer' },
  ])('refuses an invalid value $value with $message', ({ value, message }) => {
    const result = validateSetting(school, key, { value, locked: false }, []);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_value',
      errors: [{ field: key, message }],
    });
  });

  it('reports the lock before looking at the value', () => {
    const result = validateSetting(school, key, { value: 99, locked: false }, [
      setting(1, key, 5, true),
    ]);
    expect(result).toMatchObject({ ok: false, reason: 'locked_above', lockedBy: 1 });
  });
});
