/** An unprojected map: longitude on x, latitude on y, enough to place regions of one country. */

export interface Placed {
  x: number;
  y: number;
}

export interface MapFrame {
  x: [number, number];
  y: [number, number];
  /** Width over height, so a degree east looks about as long as it does at that latitude. */
  aspect: number;
}

/** Russia's extent, west of Kaliningrad to the Bering Strait; the country view keeps it fixed. */
export const COUNTRY_FRAME: Omit<MapFrame, 'aspect'> = { x: [19, 180], y: [41, 78] };

/**
 * Longitude and latitude as chart coordinates, or null when unknown or impossible. East of
 * 180° (Chukotka) continues past 180 instead of wrapping to the far west.
 */
export function placeOnMap(longitude: number | null, latitude: number | null): Placed | null {
  if (longitude === null || latitude === null) return null;
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { x: longitude < 0 ? longitude + 360 : longitude, y: latitude };
}

function aspectOf(x: [number, number], y: [number, number]): number {
  const midLatitude = ((y[0] + y[1]) / 2) * (Math.PI / 180);
  const ratio = ((x[1] - x[0]) * Math.cos(midLatitude)) / (y[1] - y[0]);
  return Math.min(3, Math.max(1, ratio));
}

/** The frame around the points: the whole country, or the points' bounds with a margin. */
export function mapFrame(points: readonly Placed[], wholeCountry: boolean): MapFrame {
  let x: [number, number] = [...COUNTRY_FRAME.x];
  let y: [number, number] = [...COUNTRY_FRAME.y];
  if (points.length > 0) {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const bounds = {
      x: [Math.min(...xs), Math.max(...xs)] as [number, number],
      y: [Math.min(...ys), Math.max(...ys)] as [number, number],
    };
    if (wholeCountry) {
      x = [Math.min(x[0], bounds.x[0]), Math.max(x[1], bounds.x[1])];
      y = [Math.min(y[0], bounds.y[0]), Math.max(y[1], bounds.y[1])];
    } else {
      const pad = (range: [number, number]): [number, number] => {
        const margin = Math.max(0.2, (range[1] - range[0]) * 0.1);
        return [range[0] - margin, range[1] + margin];
      };
      x = pad(bounds.x);
      y = pad(bounds.y);
    }
  }
  return { x, y, aspect: aspectOf(x, y) };
}
