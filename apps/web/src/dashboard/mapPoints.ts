import { type Placed, placeOnMap } from './geo';
import { type RiskKey, riskKey, riskKeys } from './risk';

export interface MapPoint extends Placed {
  id: number;
  name: string;
  percent: number | null;
  risk: RiskKey;
}

interface Located {
  id: number;
  name: string;
  percent: number | null;
  risk: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** Units with known coordinates as map points; the others are left to the table. */
export function mapPoints(rows: readonly Located[]): MapPoint[] {
  return rows.flatMap((row) => {
    const placed = placeOnMap(row.longitude, row.latitude);
    return placed
      ? [{ ...placed, id: row.id, name: row.name, percent: row.percent, risk: riskKey(row.risk) }]
      : [];
  });
}

/** Points by risk class, worst first, empty classes left out (one legend entry per class shown). */
export function byRisk(points: readonly MapPoint[]): { risk: RiskKey; points: MapPoint[] }[] {
  return riskKeys
    .map((risk) => ({ risk, points: points.filter((point) => point.risk === risk) }))
    .filter((group) => group.points.length > 0);
}

export function isMapPoint(value: unknown): value is MapPoint {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'id') === 'number' &&
    typeof Reflect.get(value, 'name') === 'string'
  );
}
