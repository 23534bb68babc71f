import { describe, expect, it } from 'vitest';
import { dashboardSearch, parseDashboardSearch } from './dashboardUrl';

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
