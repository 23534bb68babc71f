import { describe, expect, it } from 'vitest';
import { normaliseEmail, normalisePhone, staffBulkSchema, staffRoleFitsLevel } from './staff-input';

describe('normalisePhone', () => {
  it.each([
    ['+7 (912) 345-67-89', '+79123456789'],
    ['8 912 345 67 89', '+79123456789'],
    ['79123456789', '+79123456789'],
    ['9123456789', '+79123456789'],
    ['+7.912.345.67.89', '+79123456789'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  it.each(['', '+8 912 345 67 89', '912345678', '+791234567890', '8-912-ABC-67-89', '+1 555 0100'])(
    'refuses %j',
    (raw) => {
      expect(normalisePhone(raw)).toBeNull();
    },
  );
});

describe('normaliseEmail', () => {
  it('lowercases and trims a plausible address, refuses the rest', () => {
    expect(normaliseEmail('  Ivanova@School.RU ')).toBe('ivanova@school.ru');
    expect(normaliseEmail('ivanova@school')).toBeNull();
    expect(normaliseEmail('iva nova@school.ru')).toBeNull();
  });
});

describe('staffRoleFitsLevel', () => {
  it.each([
    ['teacher', 'institution', true],
    ['ministry_officer', 'institution', false],
    ['ministry_officer', 'region', true],
    ['municipal_officer', 'municipality', true],
    ['teacher', 'municipality', false],
    ['ministry_officer', 'country', false],
  ] as const)('%s at %s: %s', (role, level, fits) => {
    expect(staffRoleFitsLevel(role, level)).toBe(fits);
  });
});

describe('staffBulkSchema', () => {
  it('takes exactly one of ids and filter, and a target only for a transfer', () => {
    expect(staffBulkSchema.safeParse({ action: 'invite', ids: [1] }).success).toBe(true);
    expect(staffBulkSchema.safeParse({ action: 'invite', filter: {} }).success).toBe(true);
    expect(staffBulkSchema.safeParse({ action: 'invite' }).success).toBe(false);
    expect(staffBulkSchema.safeParse({ action: 'invite', ids: [1], filter: {} }).success).toBe(
      false,
    );
    expect(staffBulkSchema.safeParse({ action: 'transfer', ids: [1] }).success).toBe(false);
    expect(
      staffBulkSchema.safeParse({ action: 'transfer', ids: [1], targetOrgUnitId: 5 }).success,
    ).toBe(true);
    expect(
      staffBulkSchema.safeParse({ action: 'invite', ids: Array.from({ length: 5001 }, () => 1) })
        .success,
    ).toBe(false);
  });
});
