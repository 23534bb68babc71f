import { describe, expect, it } from 'vitest';
import { byRisk, isMapPoint, mapPoints } from './mapPoints';

const row = (
  id: number,
  risk: string | null,
  longitude: number | null,
  latitude: number | null,
) => ({
  id,
  name: `unit ${id}`,
  percent: 10,
  risk,
  longitude,
  latitude,
});

describe('mapPoints', () => {
  it('places units with coordinates and leaves the rest to the table', () => {
    const points = mapPoints([row(1, 'at_risk', 49.1, 55.8), row(2, 'done', null, null)]);
    expect(points).toEqual([
      { x: 49.1, y: 55.8, id: 1, name: 'unit 1', percent: 10, risk: 'at_risk' },
    ]);
  });
  it('groups by risk, worst first, unknown risk last, without empty groups', () => {
    const groups = byRisk(
      mapPoints([
        row(1, 'done', 40, 50),
        row(2, null, 41, 51),
        row(3, 'overdue', 42, 52),
        row(4, 'done', 43, 53),
      ]),
    );
    expect(groups.map((group) => [group.risk, group.points.length])).toEqual([
      ['overdue', 1],
      ['done', 2],
      ['none', 1],
    ]);
  });
  it('recognises its own points in chart payloads', () => {
    expect(isMapPoint(mapPoints([row(1, 'done', 40, 50)])[0])).toBe(true);
    expect(isMapPoint({ id: '1' })).toBe(false);
    expect(isMapPoint(null)).toBe(false);
  });
});
