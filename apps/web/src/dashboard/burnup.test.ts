import { dayNumber } from '@cutover/domain';
import { describe, expect, it } from 'vitest';
import {
  burnupDomain,
  burnupRows,
  doneRows,
  FINISH_PERCENT,
  forecastRows,
  monthTicks,
  percentCeiling,
} from './burnup';

const d = dayNumber;
const points = [
  { day: '2026-09-01', numerator: 0, denominator: 200 },
  { day: '2026-10-01', numerator: 50, denominator: 200 },
  { day: '2026-11-01', numerator: 100, denominator: 200 },
];
const noForecast = { status: 'stalled', date: null, earliest: null, latest: null };

describe('doneRows', () => {
  it('turns counts into percent and holds the last value to the view day', () => {
    expect(doneRows(points, '2026-11-26')).toEqual([
      { day: d('2026-09-01'), done: 0 },
      { day: d('2026-10-01'), done: 25 },
      { day: d('2026-11-01'), done: 50 },
      { day: d('2026-11-26'), done: 50 },
    ]);
  });
  it('keeps an unknown share (no denominator) unknown', () => {
    expect(doneRows([{ day: '2026-09-01', numerator: 0, denominator: 0 }], '2026-09-01')).toEqual([
      { day: d('2026-09-01'), done: null },
    ]);
  });
});

describe('forecastRows', () => {
  const start = { day: d('2026-11-26'), done: 50 };
  it('draws from today to the finish line on the forecast date, with the band', () => {
    const rows = forecastRows(start, {
      status: 'projected',
      date: '2026-12-26',
      earliest: '2026-12-16',
      latest: '2027-01-15',
    });
    expect(rows.slice(0, 2)).toEqual([
      { day: d('2026-11-26'), forecast: 50 },
      { day: d('2026-12-26'), forecast: FINISH_PERCENT },
    ]);
    const band = rows.slice(2).map((row) => row.range);
    expect(band[0]).toEqual([50, 50]);
    // 20 of the slow pace's 50 days: 50 + 48 * 20 / 50.
    expect(band[1]?.[0]).toBeCloseTo(69.2);
    expect(band[1]?.[1]).toBe(FINISH_PERCENT);
    expect(band[2]).toEqual([FINISH_PERCENT, FINISH_PERCENT]);
  });
  it('draws no band when the slow pace never finishes', () => {
    const rows = forecastRows(start, {
      status: 'projected',
      date: '2026-12-26',
      earliest: '2026-12-16',
      latest: null,
    });
    expect(rows).toHaveLength(2);
  });
  it('draws nothing unless a completion date is projected', () => {
    expect(forecastRows(start, noForecast)).toEqual([]);
    expect(
      forecastRows(
        { day: start.day, done: null },
        { ...noForecast, status: 'projected', date: '2027-01-01' },
      ),
    ).toEqual([]);
  });
});

describe('burnupRows', () => {
  it('merges history and projection by day, in order', () => {
    const rows = burnupRows(points, '2026-11-26', {
      status: 'projected',
      date: '2026-12-26',
      earliest: null,
      latest: null,
    });
    expect(rows.map((row) => row.day)).toEqual(
      ['2026-09-01', '2026-10-01', '2026-11-01', '2026-11-26', '2026-12-26'].map(d),
    );
    expect(rows[3]).toEqual({ day: d('2026-11-26'), done: 50, forecast: 50 });
  });
  it('is empty without history', () => {
    expect(burnupRows([], '2026-11-26', noForecast)).toEqual([]);
  });
});

describe('axes', () => {
  it('spans history, deadline and forecast with a margin', () => {
    const rows = burnupRows(points, '2026-11-26', noForecast);
    const [from, to] = burnupDomain(rows, '2027-01-07');
    expect(from).toBeLessThan(d('2026-09-01'));
    expect(to).toBeGreaterThan(d('2027-01-07'));
  });
  it('ticks on first days of months, at most the maximum', () => {
    const ticks = monthTicks([d('2026-08-20'), d('2027-01-10')]);
    expect(ticks).toEqual(
      ['2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01'].map(d),
    );
    expect(monthTicks([d('2025-01-01'), d('2027-01-01')], 6).length).toBeLessThanOrEqual(6);
  });
  it('lets the y axis reach past 100 when a stale denominator does', () => {
    expect(percentCeiling([{ day: 1, done: 104 }])).toBe(110);
    expect(percentCeiling([{ day: 1, done: 40 }])).toBe(100);
  });
});
