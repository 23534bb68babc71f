import { type GeoPermissibleObjects, type GeoProjection, geoContains } from 'd3-geo';

export interface Located {
  id: number;
  latitude: number | null;
  longitude: number | null;
}

export interface Marker {
  id: number;
  x: number;
  y: number;
  /** At its recorded coordinates, or moved to a free spot inside the outline. */
  placed: 'coordinates' | 'inside';
}

/** Spacing of the spots a marker may be moved to, in SVG units. */
const STEP = 14;

function hasCoordinates(unit: Located): unit is Located & { latitude: number; longitude: number } {
  return (
    unit.latitude !== null &&
    unit.longitude !== null &&
    Number.isFinite(unit.latitude) &&
    Number.isFinite(unit.longitude)
  );
}

/**
 * Places units inside their region's outline. A unit whose recorded coordinates fall inside
 * it sits there; one without coordinates, or whose coordinates fall outside (the demo's are
 * approximate), goes to the nearest free spot of a grid inside the outline, so nothing is
 * drawn outside the region and the same data always gives the same picture.
 */
export function placeMarkers(
  units: readonly Located[],
  outline: GeoPermissibleObjects,
  projection: GeoProjection,
  box: readonly [number, number, number, number],
): Marker[] {
  const spots = interiorSpots(outline, projection, box);
  const taken = new Set<number>();
  const nearestFree = (x: number, y: number, anyIfFull: boolean) => {
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    spots.forEach(([sx, sy], index) => {
      if (!anyIfFull && taken.has(index)) return;
      const distance = (sx - x) ** 2 + (sy - y) ** 2;
      if (distance < bestDistance) {
        best = index;
        bestDistance = distance;
      }
    });
    return best;
  };
  const centre: [number, number] = [box[0] + box[2] / 2, box[1] + box[3] / 2];
  const inside: Marker[] = [];
  const outside: { id: number; near: [number, number] }[] = [];
  for (const unit of units) {
    const point: [number, number] | null = hasCoordinates(unit)
      ? [unit.longitude, unit.latitude]
      : null;
    const projected = point ? projection(point) : null;
    if (point && projected && geoContains(outline, point)) {
      inside.push({ id: unit.id, x: projected[0], y: projected[1], placed: 'coordinates' });
      // The spot under it is no longer free for a moved marker.
      const spot = spots[nearestFree(projected[0], projected[1], true)];
      if (spot && Math.hypot(spot[0] - projected[0], spot[1] - projected[1]) < STEP) {
        taken.add(spots.indexOf(spot));
      }
    } else {
      outside.push({ id: unit.id, near: projected ?? centre });
    }
  }
  const moved = outside.map(({ id, near }): Marker => {
    const spot = nearestFree(near[0], near[1], taken.size >= spots.length);
    const [x, y] = spots[spot] ?? centre;
    taken.add(spot);
    return { id, x, y, placed: 'inside' };
  });
  return [...inside, ...moved];
}

/** Grid points inside the outline (the centre of the frame when the outline is too small). */
function interiorSpots(
  outline: GeoPermissibleObjects,
  projection: GeoProjection,
  [x0, y0, width, height]: readonly [number, number, number, number],
): [number, number][] {
  const spots: [number, number][] = [];
  for (let y = y0 + STEP / 2; y < y0 + height; y += STEP) {
    for (let x = x0 + STEP / 2; x < x0 + width; x += STEP) {
      const point = projection.invert?.([x, y]);
      if (point && geoContains(outline, point)) spots.push([x, y]);
    }
  }
  return spots.length > 0 ? spots : [[x0 + width / 2, y0 + height / 2]];
}
