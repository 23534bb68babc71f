import { describe, expect, it } from 'vitest';
import {
  deltaDirection,
  formatCount,
  formatDay,
  formatMonth,
  formatPercent,
  formatPoints,
  toInstant,
} from './format';

describe('formatDay', () => {
  it('formats a calendar day without shifting it by the time zone', () => {
    expect(formatDay('en', '2026-05-01')).toBe('May 1, 2026');
    expect(formatDay('ru', '2026-05-01')).toMatch(/^1 мая 2026/);
  });
  it('shows a dash for no day and the raw text for a malformed one', () => {
    expect(formatDay('en', null)).toBe('—');
    expect(formatDay('en', 'soon')).toBe('soon');
  });
});

describe('formatMonth', () => {
  it('names a month with its full year, in either language', () => {
    expect(formatMonth('en', '2026-09-01')).toBe('Sep 2026');
    expect(formatMonth('ru', '2026-09-01')).toBe('сент. 2026');
  });
});

describe('toInstant', () => {
  it('accepts a Date and PostgreSQL timestamp text', () => {
    const date = new Date('2026-11-26T15:19:36.727Z');
    expect(toInstant(date)).toBe(date);
    expect(toInstant('2026-11-26 15:19:36.727+00')?.toISOString()).toBe(date.toISOString());
    expect(toInstant('2026-11-26 18:19:36.727+03')?.toISOString()).toBe(date.toISOString());
    expect(toInstant('2026-11-26T15:19:36.727Z')?.toISOString()).toBe(date.toISOString());
  });
  it('gives null for anything else', () => {
    expect(toInstant(null)).toBeNull();
    expect(toInstant('')).toBeNull();
    expect(toInstant('yesterday')).toBeNull();
    expect(toInstant(new Date(Number.NaN))).toBeNull();
  });
});

describe('numbers', () => {
  it('groups counts the locale way', () => {
    expect(formatCount('en', 41997)).toBe('41,997');
    expect(formatCount('ru', 41997)).toBe('41\u00a0997');
  });
  it('shows percentages with at most one decimal', () => {
    expect(formatPercent('en', 97.6829)).toBe('97.7%');
    expect(formatPercent('ru', 97.6829)).toBe('97,7\u00a0%');
    expect(formatPercent('en', 100)).toBe('100%');
    expect(formatPercent('en', null)).toBe('—');
  });
});

describe('deltas', () => {
  it('calls tiny changes flat', () => {
    expect(deltaDirection(1.6)).toBe('up');
    expect(deltaDirection(-0.3)).toBe('down');
    expect(deltaDirection(0.04)).toBe('flat');
    expect(deltaDirection(0)).toBe('flat');
  });
  it('formats points unsigned with one decimal', () => {
    expect(formatPoints('en', -2.46)).toBe('2.5');
    expect(formatPoints('ru', 11.36)).toBe('11,4');
  });
});
