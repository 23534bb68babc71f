import { describe, expect, it } from 'vitest';
import { COUNTRY_FRAME, mapFrame, placeOnMap } from './geo';

describe('placeOnMap', () => {
  it('uses longitude as x and latitude as y', () => {
    expect(placeOnMap(49.12, 55.79)).toEqual({ x: 49.12, y: 55.79 });
  });
  it('continues east past 180 degrees instead of wrapping west', () => {
    expect(placeOnMap(-172.5, 64.4)).toEqual({ x: 187.5, y: 64.4 });
  });
  it('drops unknown or impossible coordinates', () => {
    expect(placeOnMap(null, 55)).toBeNull();
    expect(placeOnMap(37, null)).toBeNull();
    expect(placeOnMap(37, 95)).toBeNull();
    expect(placeOnMap(Number.NaN, 55)).toBeNull();
  });
});

describe('mapFrame', () => {
  it('keeps the whole country in view, widened for points outside it', () => {
    const frame = mapFrame([{ x: 37.6, y: 55.8 }], true);
    expect(frame.x).toEqual(COUNTRY_FRAME.x);
    expect(frame.y).toEqual(COUNTRY_FRAME.y);
    expect(mapFrame([{ x: 187.5, y: 64.4 }], true).x[1]).toBe(187.5);
  });
  it('frames a region around its points with a margin', () => {
    const frame = mapFrame(
      [
        { x: 47, y: 55 },
        { x: 53, y: 56 },
      ],
      false,
    );
    expect(frame.x[0]).toBeLessThan(47);
    expect(frame.x[1]).toBeGreaterThan(53);
    expect(frame.y[0]).toBeLessThan(55);
    expect(frame.y[1]).toBeGreaterThan(56);
  });
  it('gives a single point a small frame rather than none', () => {
    const frame = mapFrame([{ x: 49, y: 55 }], false);
    expect(frame.x[1] - frame.x[0]).toBeGreaterThan(0);
    expect(frame.y[1] - frame.y[0]).toBeGreaterThan(0);
  });
  it('shapes the frame like the land: wide for the country, never extreme', () => {
    expect(mapFrame([], true).aspect).toBeGreaterThan(1.5);
    expect(mapFrame([], true).aspect).toBeLessThanOrEqual(3);
  });
});
