import { describe, expect, it } from 'vitest';
import { dayNumber } from './days';
import { dailyFractions, observedFractions, tameBursts, theilSen } from './trend';

const row = (day: string, numerator: number, denominator = 10) => ({ day, numerator, denominator });
const TODAY = '2025-10-10';

describe('observedFractions', () => {
  it('drops rows after today, orders by day and lets the last row of a day win', () => {
    const rows = [
      row('2025-10-08', 5),
      row('2025-10-02', 1),
      row('2025-10-08', 6),
      row('2025-10-11', 9),
    ];
    expect(observedFractions(rows, TODAY)).toEqual([
      { day: dayNumber('2025-10-02'), fraction: 0.1 },
      { day: dayNumber('2025-10-08'), fraction: 0.6 },
    ]);
  });
});

describe('dailyFractions', () => {
  const today = dayNumber(TODAY);
  const fractionsOf = (rows: ReturnType<typeof row>[], window: number) =>
    dailyFractions(observedFractions(rows, TODAY), today, window).map((p) => [
      p.day - today,
      p.fraction,
    ]);

  it.each([
    {
      name: 'carries a row forward to today',
      rows: [row('2025-10-08', 5)],
      window: 4,
      expected: [
        [-2, 0.5],
        [-1, 0.5],
        [0, 0.5],
      ],
    },
    {
      name: 'carries a row from before the window in',
      rows: [row('2025-09-01', 2), row('2025-10-09', 4)],
      window: 3,
      expected: [
        [-2, 0.2],
        [-1, 0.4],
        [0, 0.4],
      ],
    },
    {
      name: 'skips days whose row has no denominator',
      rows: [row('2025-10-07', 1), row('2025-10-08', 0, 0), row('2025-10-10', 3)],
      window: 4,
      expected: [
        [-3, 0.1],
        [0, 0.3],
      ],
    },
    { name: 'is empty with no rows', rows: [], window: 5, expected: [] },
  ])('$name', ({ rows, window, expected }) => {
    expect(fractionsOf(rows, window)).toEqual(expected);
  });
});

describe('theilSen and tameBursts', () => {
  const line = (slope: number, days: number) =>
    Array.from({ length: days }, (_, day) => ({ day, fraction: 0.2 + slope * day }));

  it('finds the slope of a straight line with no error', () => {
    const fit = theilSen(line(0.02, 10));
    expect(fit.slopePerDay).toBeCloseTo(0.02, 12);
    expect(fit.standardError).toBeCloseTo(0, 12);
  });

  it('caps a mid-window burst to three typical days and leaves steady steps alone', () => {
    const burst = line(0.01, 28).map((p) => ({
      ...p,
      fraction: p.fraction + (p.day >= 14 ? 0.3 : 0),
    }));
    expect(theilSen(burst).slopePerDay).toBeGreaterThan(0.015);
    const tamed = tameBursts(burst);
    expect(tamed.at(-1)?.fraction).toBeCloseTo(0.2 + 0.27 + 0.02, 12);
    expect(theilSen(tamed).slopePerDay).toBeLessThan(0.0115);
    const steps = line(0, 28).map((p) => ({ ...p, fraction: Math.floor(p.day / 7) * 0.07 }));
    expect(tameBursts(steps)).toEqual(steps);
  });
});
