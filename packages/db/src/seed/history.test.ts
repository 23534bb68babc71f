import { describe, expect, it } from 'vitest';
import { parseDay } from './calendar';
import { curveDay, curveFraction } from './curves';
import { drawFunnel } from './funnel';
import { reportGrid, snapshotRows } from './history';
import { Rng } from './prng';

const start = parseDay('2025-09-01');
const curve = { start, end: start + 100, stallAfter: null };

describe('adoption curves', () => {
  it('run from nothing at the start to everyone at the end', () => {
    expect(curveFraction(curve, start)).toBe(0);
    expect(curveFraction(curve, start + 50)).toBeCloseTo(0.5, 5);
    expect(curveFraction(curve, start + 100)).toBe(1);
    expect(curveDay(curve, 0)).toBe(start);
    expect(curveDay(curve, 0.999999)).toBeLessThanOrEqual(start + 100);
  });

  it('freeze after a stall', () => {
    const stalled = { ...curve, stallAfter: start + 40 };
    expect(curveDay(stalled, 0.1)).not.toBeNull();
    expect(curveDay(stalled, 0.9)).toBeNull();
  });
});

describe('report grid', () => {
  it('ends on the last report day on or before today', () => {
    const rng = new Rng(9);
    for (let i = 0; i < 200; i++) {
      const today = start + rng.int(0, 400);
      const grid = reportGrid(today, rng);
      expect(grid.cutoff).toBeLessThanOrEqual(today);
      expect(today - grid.cutoff).toBeLessThan(grid.cadence);
      expect((((grid.cutoff - grid.phase) % grid.cadence) + grid.cadence) % grid.cadence).toBe(0);
    }
  });
});

describe('snapshots', () => {
  const rng = new Rng(4);
  const today = start + 200;
  const grid = reportGrid(today, rng);
  const staff = Array.from({ length: 40 }, () => drawFunnel(curve, grid.cutoff, rng));
  const rows = snapshotRows(
    {
      orgUnitId: 1,
      waveId: 2,
      metric: 'staff_active',
      start: start - 7,
      denominator: 40,
      staff,
      chats: [],
    },
    grid,
  );

  it('start on the opening day and store only days the figures changed', () => {
    expect(rows[0]?.[2]).toBe('2025-08-25');
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]?.slice(3)).not.toEqual(rows[i - 1]?.slice(3));
      expect((rows[i]?.[2] ?? '') > (rows[i - 1]?.[2] ?? '')).toBe(true);
    }
    expect(rows.length).toBeLessThan(25);
  });

  it('end with everyone active once the curve is over, never running backwards', () => {
    const last = rows[rows.length - 1];
    expect(last?.[3]).toBe(40);
    for (let i = 1; i < rows.length; i++) {
      for (const column of [3, 5, 6, 7] as const) {
        expect(rows[i]?.[column] ?? 0).toBeGreaterThanOrEqual(rows[i - 1]?.[column] ?? 0);
      }
      const [invited, registered, active] = [
        rows[i]?.[5] ?? 0,
        rows[i]?.[6] ?? 0,
        rows[i]?.[7] ?? 0,
      ];
      expect(invited).toBeGreaterThanOrEqual(registered);
      expect(registered).toBeGreaterThanOrEqual(active);
    }
  });
});
