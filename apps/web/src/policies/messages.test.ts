import { dataResidencies, policyErrorMessages } from '@cutover/domain';
import type { TranslationMessages } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ru } from '../i18n/ru';

function lookup(messages: TranslationMessages, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? Reflect.get(node, part) : undefined,
      messages,
    );
}

const missing = (messages: TranslationMessages, keys: readonly string[]) =>
  keys.filter((key) => {
    const text = lookup(messages, key);
    return typeof text !== 'string' || text.trim() === '';
  });

describe('policy messages', () => {
  // The server sends these keys as refusals and field errors; the UI must word every one.
  const errorKeys = Object.keys(policyErrorMessages);

  it('translate every policies.errors.* key in English and Russian', () => {
    expect(errorKeys.length).toBeGreaterThan(10);
    expect(missing(en, errorKeys)).toEqual([]);
    expect(missing(ru, errorKeys)).toEqual([]);
  });

  it('say the refusals in Russian, not in the English fallback', () => {
    const untranslated = errorKeys.filter((key) => lookup(ru, key) === lookup(en, key));
    expect(untranslated).toEqual([]);
  });

  it('name every data residency the value input offers', () => {
    const keys = dataResidencies.map((value) => `cutover.policies.residency.${value}`);
    expect(missing(en, keys)).toEqual([]);
    expect(missing(ru, keys)).toEqual([]);
  });
});
