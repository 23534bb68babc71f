import { describe, expect, it } from 'vitest';
import { asOfChoice, dashboardSearch, parseDashboardSearch, pastDay } from './dashboardUrl';

const today = '2026-11-26';

describe('parseDashboardSearch', () => {
  it('reads node, wave and a past day', () => {
    expect(parseDashboardSearch('?node=123&wave=4&asOf=2026-05-01', today)).toEqual({
      nodeId: 123,
      waveId: 4,
      asOf: '2026-05-01',
    });
  });
  it('ignores malformed or meaningless values', () => {
    expect(parseDashboardSearch('?node=abc&wave=-1&asOf=2026-02-30', today)).toEqual({});
    expect(parseDashboardSearch('?node=0&wave=1.5', today)).toEqual({});
    expect(parseDashboardSearch('', today)).toEqual({});
  });
  it('treats today and future days as the live view', () => {
    expect(parseDashboardSearch(`?asOf=${today}`, today)).toEqual({});
    expect(parseDashboardSearch('?asOf=2027-01-01', today)).toEqual({});
  });
});

describe('dashboardSearch', () => {
  it('writes what parse reads, in a stable order', () => {
    const params = { asOf: '2026-05-01', waveId: 4, nodeId: 123 };
    const search = dashboardSearch(params);
    expect(search).toBe('?node=123&wave=4&asOf=2026-05-01');
    expect(parseDashboardSearch(search, today)).toEqual(params);
  });
  it('is empty for the live view of the user scope', () => {
    expect(dashboardSearch({})).toBe('');
  });
});

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
