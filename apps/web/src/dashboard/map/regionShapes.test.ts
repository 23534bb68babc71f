import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryFrame, regionFrame } from './projection';
import { allRegions, regionShapes } from './regionShapes';

interface RegionRow {
  iso: string;
  capital: string;
  latitude: number;
  longitude: number;
}

const csv = readFileSync(new URL('../../../../../data/regions.csv', import.meta.url), 'utf8');
const regions: RegionRow[] = csv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const cells = line.split(',');
    return {
      iso: cells[0] ?? '',
      capital: cells[5] ?? '',
      latitude: Number(cells[7]),
      longitude: Number(cells[8]),
    };
  });

/** True when the box [x0, y0, x1, y1] lies within the viewBox [x, y, width, height]. */
function within(
  [[x0, y0], [x1, y1]]: [[number, number], [number, number]],
  [x, y, width, height]: readonly [number, number, number, number],
) {
  return x0 >= x && y0 >= y && x1 <= x + width && y1 <= y + height && x1 > x0 && y1 > y0;
}

describe('region shapes', () => {
  it('has one shape for each of the 83 regions of data/regions.csv, and no other', () => {
    expect(regions).toHaveLength(83);
    const missing = regions.filter((region) => !regionShapes.has(region.iso));
    expect(missing.map((region) => region.iso)).toEqual([]);
    expect([...regionShapes.keys()].sort()).toEqual(regions.map((region) => region.iso).sort());
  });

  it('names each shape right: every region capital lies in its shape', () => {
    // Within 0.3° (20 to 30 km): simplified borders and coasts move by about that much, and
    // Abakan and Anadyr sit right on them.
    const near = [-0.3, 0, 0.3];
    const outside = regions.filter((region) => {
      const shape = regionShapes.get(region.iso);
      return !near.some((dx) =>
        near.some(
          (dy) => shape && geoContains(shape, [region.longitude + dx, region.latitude + dy]),
        ),
      );
    });
    expect(outside.map((region) => `${region.iso} ${region.capital}`)).toEqual([]);
  });

  it('projects the whole country, every region inside the viewBox', () => {
    const frame = countryFrame(allRegions);
    const outside = allRegions.features.filter(
      (shape) => !within(frame.path.bounds(shape), frame.viewBox),
    );
    expect(outside.map((shape) => shape.properties.iso)).toEqual([]);
    // Chukotka, across the 180th meridian, is drawn in one piece at the east edge instead of
    // wrapping round to the west: its box is narrow and lies in the east of the frame.
    const chukotka = frame.path.bounds(regionShapes.get('RU-CHU') ?? allRegions);
    expect(chukotka[0][0]).toBeGreaterThan(frame.viewBox[2] * 0.6);
    expect(chukotka[1][0] - chukotka[0][0]).toBeLessThan(frame.viewBox[2] / 4);
  });

  it('frames each region on its own inside its viewBox', () => {
    const outside = allRegions.features.filter((shape) => {
      const frame = regionFrame(shape);
      return !within(frame.path.bounds(shape), frame.viewBox);
    });
    expect(outside.map((shape) => shape.properties.iso)).toEqual([]);
  });
});
