import { describe, expect, it } from 'vitest';
import { asOfChoice, pastDay } from './asOf';

const today = '2026-11-26';

describe('days', () => {
  it('accepts only past valid days', () => {
    expect(pastDay('2026-11-25', today)).toBe('2026-11-25');
    expect(pastDay('2026-11-26', today)).toBeUndefined();
    expect(pastDay('', today)).toBeUndefined();
    expect(pastDay(undefined, today)).toBeUndefined();
  });
});

describe('asOfChoice', () => {
  it('shows a past day', () => {
    expect(asOfChoice('2026-10-01', today)).toEqual({ asOf: '2026-10-01' });
  });
  it('returns to live figures when cleared, or for today and later', () => {
    expect(asOfChoice('', today)).toEqual({ asOf: undefined });
    expect(asOfChoice(today, today)).toEqual({ asOf: undefined });
    expect(asOfChoice('2027-03-01', today)).toEqual({ asOf: undefined });
  });
  it('waits while a year is still being typed', () => {
    for (const partial of ['0002-10-01', '0020-10-01', '0202-10-01']) {
      expect(asOfChoice(partial, today)).toBeNull();
    }
  });
  it('waits for days before the earliest figures', () => {
    expect(asOfChoice('2025-08-01', today, '2025-08-25')).toBeNull();
    expect(asOfChoice('2025-08-25', today, '2025-08-25')).toEqual({ asOf: '2025-08-25' });
  });
});
