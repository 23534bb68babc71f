import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, isIsoDate, isoFromDayNumber } from './days';

describe('isIsoDate', () => {
  it.each([
    { value: '2025-09-01', expected: true },
    { value: '2024-02-29', expected: true },
    { value: '2025-02-29', expected: false },
    { value: '2025-13-01', expected: false },
    { value: '2025-9-1', expected: false },
    { value: '2025-09-01T00:00:00Z', expected: false },
    { value: '', expected: false },
  ])('$value is $expected', ({ value, expected }) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('day arithmetic', () => {
  it.each([
    { date: '1970-01-01', days: 0, expected: '1970-01-01' },
    { date: '2025-08-31', days: 1, expected: '2025-09-01' },
    { date: '2024-02-28', days: 1, expected: '2024-02-29' },
    { date: '2025-12-31', days: 1, expected: '2026-01-01' },
    { date: '2025-03-01', days: -1, expected: '2025-02-28' },
  ])('$date + $days = $expected', ({ date, days, expected }) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('round-trips day numbers and refuses invalid dates', () => {
    expect(isoFromDayNumber(dayNumber('2025-11-30'))).toBe('2025-11-30');
    expect(() => dayNumber('2025-02-30')).toThrow();
  });
});
