import { describe, expect, it } from 'vitest';
import { forecastRange } from './forecastRange';

const projected = { status: 'projected', date: '2027-01-15' };

describe('forecastRange', () => {
  it('gives the range around a projected date', () => {
    expect(forecastRange({ ...projected, earliest: '2027-01-14', latest: '2027-01-17' })).toEqual({
      kind: 'range',
      earliest: '2027-01-14',
      latest: '2027-01-17',
    });
  });
  it('says so when the slower pace never finishes', () => {
    expect(forecastRange({ ...projected, earliest: '2027-01-14', latest: null })).toEqual({
      kind: 'open',
      earliest: '2027-01-14',
    });
  });
  it('says nothing when the range is the date itself', () => {
    expect(
      forecastRange({ ...projected, earliest: '2027-01-15', latest: '2027-01-15' }),
    ).toBeNull();
  });
  it('says nothing unless a date is projected', () => {
    expect(
      forecastRange({ status: 'done', date: '2026-10-01', earliest: null, latest: null }),
    ).toBeNull();
    expect(
      forecastRange({ status: 'stalled', date: null, earliest: null, latest: null }),
    ).toBeNull();
    expect(forecastRange({ ...projected, earliest: null, latest: null })).toBeNull();
  });
});
