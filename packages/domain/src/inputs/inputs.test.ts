import { describe, expect, it } from 'vitest';
import { EARLIEST_DATE, isoDateSchema, isoToday, LATEST_DATE } from './dates';
import { idFromText, idSchema, isId, MAX_ID, versionSchema } from './ids';
import { jsonValueProblem } from './json-value';
import {
  dayIntervalSchema,
  listFilterSchema,
  savedFilterSchema,
  sortFieldSchema,
} from './list-filter';
import { hasControlCharacters, isValidReason, reasonSchema, textSchema } from './text';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe('dates', () => {
  it('takes real calendar days within the accepted range', () => {
    for (const day of ['2026-02-28', '2024-02-29', EARLIEST_DATE, LATEST_DATE]) {
      expect(isoDateSchema.safeParse(day).success, day).toBe(true);
    }
  });

  it('names an impossible day and a day outside the range differently', () => {
    for (const day of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-1', '', 'today']) {
      expect(messagesOf(isoDateSchema.safeParse(day)), day).toEqual(['errors.invalid_date']);
    }
    for (const day of ['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
      expect(messagesOf(isoDateSchema.safeParse(day)), day).toEqual(['errors.date_out_of_range']);
    }
  });

  it('counts today in UTC, whatever the local time zone', () => {
    expect(isoToday(new Date('2026-11-26T23:30:00-03:00'))).toBe('2026-11-27');
  });
});

describe('ids', () => {
  it('is one rule: whole numbers from 1 to the PostgreSQL integer maximum', () => {
    expect([1, MAX_ID].map(isId)).toEqual([true, true]);
    expect([0, -1, 1.5, MAX_ID + 1, 1e20, Number.NaN, '1'].map(isId)).toEqual(Array(7).fill(false));
    expect(idSchema.safeParse(MAX_ID + 1).success).toBe(false);
    expect(versionSchema.safeParse(MAX_ID + 1).success).toBe(false);
  });

  it('reads an id from text as plain decimal digits only', () => {
    expect(idFromText('301')).toBe(301);
    for (const text of [
      '99999999999999999999',
      '2147483648',
      '1e3',
      '0x10',
      '-1',
      '01',
      ' 1',
      '',
    ]) {
      expect(idFromText(text), text).toBeUndefined();
    }
    expect(idFromText(null)).toBeUndefined();
  });
});

describe('text', () => {
  it('refuses NUL and other control characters; multi-line text keeps its line breaks', () => {
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('a\u007fb')).toBe(true);
    expect(hasControlCharacters('a\u0085b')).toBe(true);
    expect(hasControlCharacters('line\nbreak')).toBe(true);
    expect(hasControlCharacters('line\nbreak\ttab', true)).toBe(false);
    expect(hasControlCharacters('a\u0000b', true)).toBe(true);
    expect(hasControlCharacters('Иванова Анна-Мария')).toBe(false);
    const name = textSchema({ min: 1, max: 10 });
    expect(name.parse('  Anna  ')).toBe('Anna');
    expect(messagesOf(name.safeParse('An\u0000na'))).toEqual(['errors.invalid_text']);
  });

  it('has one reason rule: 3 to 500 characters once trimmed', () => {
    expect(isValidReason('  ok  ')).toBe(false);
    expect(isValidReason('yes')).toBe(true);
    expect(isValidReason('a'.repeat(500))).toBe(true);
    expect(isValidReason('a'.repeat(501))).toBe(false);
    expect(reasonSchema.parse(' a pilot\norder ')).toBe('a pilot\norder');
    expect(isValidReason('abc\u0000')).toBe(false);
  });
});

describe('lists', () => {
  it('sorts only by plain names, never by JavaScript object keys', () => {
    expect(sortFieldSchema.safeParse('fullName').success).toBe(true);
    expect(sortFieldSchema.safeParse('scope.name').success).toBe(true);
    for (const field of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '2026-02-30',
      'a b',
    ]) {
      expect(messagesOf(sortFieldSchema.safeParse(field)), field).toContain('errors.invalid_sort');
    }
  });

  it('bounds a day interval so that date arithmetic cannot overflow', () => {
    expect(dayIntervalSchema.parse(30)).toBe(30);
    expect(dayIntervalSchema.parse('30')).toBe(30);
    for (const days of [0, -1, 1.5, 36_526, 2_147_483_647, 1e20, 'x']) {
      expect(messagesOf(dayIntervalSchema.safeParse(days)), String(days)).toContain(
        'errors.invalid_days',
      );
    }
  });

  it('checks the filter keys the lists read, lets a cleared input through, and bounds the rest', () => {
    expect(
      listFilterSchema.parse({
        q: ' Anna ',
        withinId: '301',
        from: '',
        to: null,
        role: ['teacher'],
      }),
    ).toEqual({ q: 'Anna', withinId: 301, from: '', to: null, role: ['teacher'] });
    expect(listFilterSchema.safeParse({ q: 'a\u0000' }).success).toBe(false);
    expect(listFilterSchema.safeParse({ from: '0000-01-01' }).success).toBe(false);
    expect(listFilterSchema.safeParse({ withinId: 2_147_483_648 }).success).toBe(false);
    expect(listFilterSchema.safeParse({ inactiveForDays: 2_147_483_647 }).success).toBe(false);
    expect(listFilterSchema.safeParse({ includeClosed: true, extra: [1, 'two'] }).success).toBe(
      true,
    );
    expect(messagesOf(listFilterSchema.safeParse({ extra: 'a\u0000' }))).toEqual([
      'errors.invalid_text',
    ]);
  });

  it('refuses a saved filter nested thousands deep without exhausting the stack', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(messagesOf(savedFilterSchema.safeParse({ columns: deep }))).toEqual(['errors.too_deep']);
    const manyKeys = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`k${i}`, 'x'.repeat(190)]),
    );
    expect(listFilterSchema.safeParse(manyKeys).success).toBe(true);
    expect(messagesOf(savedFilterSchema.safeParse(manyKeys))).toEqual(['errors.too_large']);
  });
});

describe('free-form JSON values', () => {
  const limits = { maxDepth: 3, maxChars: 100 };

  it('finds the first problem without recursion', () => {
    expect(jsonValueProblem({ a: [1, 'two', null, true] }, limits)).toBeNull();
    expect(jsonValueProblem({ a: { b: { c: 1 } } }, limits)).toBeNull();
    expect(jsonValueProblem({ a: { b: { c: { d: 1 } } } }, limits)).toBe('errors.too_deep');
    expect(jsonValueProblem(JSON.parse('{"__proto__": 1}'), limits)).toBe('errors.invalid_filter');
    expect(jsonValueProblem({ a: 'x\u0000' }, limits)).toBe('errors.invalid_text');
    expect(jsonValueProblem({ a: 'x'.repeat(200) }, limits)).toBe('errors.too_large');
    expect(jsonValueProblem({ a: new Date() }, limits)).toBe('errors.invalid_filter');
    expect(jsonValueProblem(Number.POSITIVE_INFINITY, limits)).toBe('errors.invalid_filter');
  });
});
