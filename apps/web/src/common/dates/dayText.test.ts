import { describe, expect, it } from 'vitest';
import { formatDayText, parseDayText } from './dayText';

describe('the day field reads and writes days in the interface language', () => {
  it('reads YYYY-MM-DD and ДД.ММ.ГГГГ alike', () => {
    expect(parseDayText('2025-11-30')).toBe('2025-11-30');
    expect(parseDayText(' 30.11.2025 ')).toBe('2025-11-30');
    expect(parseDayText('1.9.2025')).toBe('2025-09-01');
  });

  it('refuses what is not a whole, real day', () => {
    for (const text of [
      '',
      '2025-11',
      '31.02.2025',
      '2025-02-30',
      '30/11/2025',
      '30.11.25',
      'abc',
    ]) {
      expect(parseDayText(text), text).toBeNull();
    }
  });

  it('writes Russian days with dots and English ones as ISO, with no time zone shift', () => {
    expect(formatDayText('2025-09-01', 'ru')).toBe('01.09.2025');
    expect(formatDayText('2025-09-01', 'en')).toBe('2025-09-01');
    expect(parseDayText(formatDayText('2025-12-31', 'ru'))).toBe('2025-12-31');
  });
});
