import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './days';
import { forecastCompletion } from './forecast';
import type { SeriesPoint } from './trend';

const TODAY = '2025-11-01';
const DENOMINATOR = 1000;

/** One row per listed day offset (0 = today, negative = past), with the done fraction given. */
function series(fractionOn: (offset: number) => number, offsets: number[]): SeriesPoint[] {
  return offsets.map((offset) => ({
    day: addDays(TODAY, offset),
    numerator: Math.round(fractionOn(offset) * DENOMINATOR),
    denominator: DENOMINATOR,
  }));
}
const lastDays = (count: number, every = 1) =>
  Array.from({ length: count }, (_, i) => -i * every).reverse();
const steady = (offset: number) => 0.58 + offset * 0.01;
const daysAway = (date: string | undefined) =>
  date === undefined ? null : daysBetween(TODAY, date);

describe('forecastCompletion', () => {
  it.each([
    { name: 'no rows at all', rows: [] },
    { name: 'a single row', rows: series(() => 0.4, [-3]) },
    { name: 'only rows after today', rows: series(() => 0.4, [1, 2, 3]) },
    {
      name: 'no denominator yet',
      rows: series(() => 0, [-2, -1, 0]).map((r) => ({ ...r, denominator: 0 })),
    },
    { name: 'a first row today and nothing before', rows: series(() => 0.4, [0]) },
  ])('no_data: $name', ({ rows }) => {
    expect(forecastCompletion(rows, TODAY)).toEqual({ status: 'no_data' });
  });

  it.each([
    { name: 'complete today', rows: series((o) => (o === 0 ? 1 : 0.9), [-2, -1, 0]), on: 0 },
    { name: 'at the threshold since a week', rows: series(() => 0.98, [-7]), on: -7 },
    {
      name: 'back above after a dip',
      rows: series((o) => (o === -5 ? 0.95 : 0.99), [-9, -5, -2]),
      on: -2,
    },
  ])('done: $name', ({ rows, on }) => {
    expect(forecastCompletion(rows, TODAY)).toEqual({ status: 'done', date: addDays(TODAY, on) });
  });

  it.each([
    { name: 'a flat month of daily rows', rows: series(() => 0.4, lastDays(30)) },
    { name: 'no change stored for two months', rows: series((o) => 0.3 + o * 0.001, [-70, -60]) },
    { name: 'a falling share', rows: series((o) => 0.5 + o * -0.01, lastDays(20)) },
    { name: 'a pace that needs years', rows: series((o) => 0.2 + o * 0.0005, lastDays(28)) },
    {
      name: 'one burst on the last day of a flat month',
      rows: series((o) => (o === 0 ? 0.7 : 0.3), lastDays(28)),
    },
  ])('stalled: $name', ({ rows }) => {
    expect(forecastCompletion(rows, TODAY).status).toBe('stalled');
  });

  it('projects a steady pace to the threshold, with a tight band when the line is exact', () => {
    const forecast = forecastCompletion(series(steady, lastDays(28)), TODAY);
    expect(forecast).toMatchObject({ status: 'projected', date: addDays(TODAY, 40) });
    if (forecast.status !== 'projected') return;
    expect(forecast.slopePerDay).toBeCloseTo(0.01, 6);
    expect([forecast.earliest, forecast.latest]).toEqual([forecast.date, forecast.date]);
  });

  it('treats the days between weekly rows as unchanged, not as missing', () => {
    const weekly = forecastCompletion(series(steady, lastDays(6, 7)), TODAY);
    expect(weekly.status).toBe('projected');
    if (weekly.status !== 'projected') return;
    expect(daysAway(weekly.date)).toBeGreaterThanOrEqual(38);
    expect(daysAway(weekly.date)).toBeLessThanOrEqual(48);
    expect(daysAway(weekly.earliest)).toBeLessThanOrEqual(daysAway(weekly.date) ?? 0);
    expect(daysAway(weekly.latest)).toBeGreaterThanOrEqual(daysAway(weekly.date) ?? 0);
  });

  it.each([0, -1, -3, -7, -13, -14, -20])(
    'a sudden jump of sign-ups on day %i keeps the pace, not the burst',
    (jumpOn) => {
      // One point a day plus 25 in a single day: the 23 points left take about 23 days, not 12.
      const fraction = (o: number) => 0.5 + o * 0.01 + (o >= jumpOn ? 0.25 : 0);
      const forecast = forecastCompletion(series(fraction, lastDays(28)), TODAY);
      expect(forecast.status).toBe('projected');
      if (forecast.status !== 'projected') return;
      expect(forecast.slopePerDay).toBeGreaterThan(0.0095);
      expect(forecast.slopePerDay).toBeLessThan(0.0115);
      expect(daysAway(forecast.date)).toBeGreaterThanOrEqual(21);
      expect(daysAway(forecast.date)).toBeLessThanOrEqual(23);
      expect(daysAway(forecast.earliest)).toBeGreaterThanOrEqual(18);
    },
  );

  it('shows uncertainty around a noisy pace', () => {
    const noise = [0.012, -0.008, 0.004, -0.015, 0.01, 0, -0.006];
    const noisy = (o: number) => 0.45 + o * 0.008 + (noise[-o % noise.length] ?? 0);
    const forecast = forecastCompletion(series(noisy, lastDays(28)), TODAY);
    expect(forecast.status).toBe('projected');
    if (forecast.status !== 'projected') return;
    expect(forecast.earliest < forecast.date).toBe(true);
    expect(forecast.latest !== undefined && forecast.latest > forecast.date).toBe(true);
  });

  it('honours the window, threshold and horizon options', () => {
    const fastThenFlat = series((o) => (o < -40 ? 0.2 + (o + 90) * 0.01 : 0.7), lastDays(91));
    expect(forecastCompletion(fastThenFlat, TODAY).status).toBe('stalled');
    expect(forecastCompletion(fastThenFlat, TODAY, { windowDays: 91 }).status).toBe('projected');

    const rows = series(steady, lastDays(28));
    expect(forecastCompletion(rows, TODAY, { threshold: 0.6 })).toMatchObject({
      status: 'projected',
      date: addDays(TODAY, 2),
    });
    expect(forecastCompletion(rows, TODAY, { threshold: 0.5 }).status).toBe('done');
    expect(forecastCompletion(rows, TODAY, { horizonDays: 30 }).status).toBe('stalled');
  });
});
