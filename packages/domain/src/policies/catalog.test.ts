import { describe, expect, it } from 'vitest';
import { dataResidencies, isPolicyKey, policyCatalog, policyKeys } from './catalog';
import { policyErrorMessages } from './errors';
import { parsePolicyValue } from './parse';
import { educationServiceIds, educationServiceLabels } from './services';

describe('policy catalog', () => {
  it('lists exactly the catalog keys, once each', () => {
    expect([...policyKeys].sort()).toEqual(Object.keys(policyCatalog).sort());
    expect(new Set(policyKeys).size).toBe(policyKeys.length);
  });

  it.each(policyKeys)('%s has a label and a description in English and Russian', (key) => {
    const { label, description } = policyCatalog[key];
    for (const text of [label.en, label.ru, description.en, description.ru]) {
      expect(text.trim()).not.toBe('');
    }
    expect(label.ru).toMatch(/[а-яё]/i);
    expect(description.ru).toMatch(/[а-яё]/i);
  });

  it.each(policyKeys)('the default of %s satisfies its own schema', (key) => {
    const parsed = parsePolicyValue(key, policyCatalog[key].default);
    expect(parsed).toEqual({ ok: true, key, value: policyCatalog[key].default });
  });

  it.each([
    { key: 'childrens_mode.enabled', expected: true },
    { key: 'childrens_mode.approved_contacts_only', expected: true },
    { key: 'childrens_mode.parental_pin_required', expected: true },
    { key: 'childrens_mode.pin_length', expected: 4 },
    { key: 'childrens_mode.quiet_hours', expected: { from: '21:00', to: '08:00' } },
    { key: 'data.residency', expected: 'domestic_only' },
    { key: 'legacy.sunset_date', expected: null },
    { key: 'services.must_keep_working', expected: [...educationServiceIds] },
  ] as const)('the default of $key is $expected', ({ key, expected }) => {
    expect(policyCatalog[key].default).toEqual(expected);
  });

  it('shares defaults that cannot be mutated through a resolved value', () => {
    expect(Object.isFrozen(policyCatalog['services.must_keep_working'].default)).toBe(true);
    expect(Object.isFrozen(policyCatalog['childrens_mode.quiet_hours'].default)).toBe(true);
  });

  it('allows domestic data residency only', () => {
    expect(dataResidencies).toEqual(['domestic_only']);
  });

  it('labels every education service in both languages', () => {
    for (const id of educationServiceIds) {
      expect(educationServiceLabels[id].en).not.toBe('');
      expect(educationServiceLabels[id].ru).not.toBe('');
    }
    expect(educationServiceLabels.my_school.ru).toContain('«Моя школа»');
    expect(educationServiceLabels.e_diary.ru).toContain('«Дневник.ру»');
  });

  it('keeps every error message under the policies.errors namespace', () => {
    for (const [key, text] of Object.entries(policyErrorMessages)) {
      expect(key).toMatch(/^policies\.errors\.[a-z_]+$/);
      expect(text).not.toBe('');
    }
  });
});

describe('isPolicyKey', () => {
  it.each([
    { value: 'childrens_mode.pin_length', expected: true },
    { value: 'services.must_keep_working', expected: true },
    { value: 'childrens_mode', expected: false },
    { value: 'toString', expected: false },
    { value: '__proto__', expected: false },
    { value: '', expected: false },
    { value: 42, expected: false },
    { value: null, expected: false },
  ])('$value → $expected', ({ value, expected }) => {
    expect(isPolicyKey(value)).toBe(expected);
  });
});
