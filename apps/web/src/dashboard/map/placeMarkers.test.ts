import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { placeMarkers } from './placeMarkers';
import { regionFrame } from './projection';
import { regionShapes } from './regionShapes';

const tatarstan = regionShapes.get('RU-TA');
if (!tatarstan) throw new Error('no shape for RU-TA');
const frame = regionFrame(tatarstan);

const units = [
  { id: 1, latitude: 55.79, longitude: 49.12 }, // Kazan, inside
  { id: 2, latitude: 55.75, longitude: 37.62 }, // Moscow, far outside
  { id: 3, latitude: null, longitude: null },
  { id: 4, latitude: 55.79, longitude: 49.12 }, // the same place as the first
];

describe('placeMarkers', () => {
  const markers = placeMarkers(units, tatarstan, frame.projection, frame.viewBox);

  it('keeps a unit whose recorded place is inside the region there', () => {
    const kazan = frame.projection([49.12, 55.79]);
    expect(markers.find((m) => m.id === 1)).toMatchObject({
      placed: 'coordinates',
      x: kazan?.[0],
      y: kazan?.[1],
    });
  });

  it('draws every marker inside the outline, one per unit', () => {
    expect(markers.map((m) => m.id).sort()).toEqual([1, 2, 3, 4]);
    for (const marker of markers) {
      const place = frame.projection.invert?.([marker.x, marker.y]);
      expect(place && geoContains(tatarstan, place)).toBe(true);
    }
    expect(markers.filter((m) => m.placed === 'inside').map((m) => m.id)).toEqual([2, 3]);
  });

  it('gives moved units distinct spots, and the same ones every time', () => {
    const moved = markers.filter((m) => m.placed === 'inside');
    expect(new Set(moved.map((m) => `${m.x},${m.y}`)).size).toBe(moved.length);
    expect(placeMarkers(units, tatarstan, frame.projection, frame.viewBox)).toEqual(markers);
  });
});
