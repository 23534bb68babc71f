import { type RiskKey, riskColour, riskKey, riskKeys } from '../risk';

export interface MapUnit {
  id: number;
  name: string;
  code: string;
  percent: number | null;
  risk: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** A region the map draws but has no figures for in this wave. */
export const NO_DATA_FILL = '#eceff3';
/** The inside of a region whose units are drawn as markers. */
export const OUTLINE_FILL = '#f5f6f8';
/** Borders between shapes: white reads as a gap on every class colour. */
export const BORDER = '#ffffff';

/**
 * A unit's fill: the class's colour (the dashboard's own, from risk.ts), paler the smaller
 * the share done, so a region at 10% and one at 90% of the same class look different.
 */
export function unitFill(unit: Pick<MapUnit, 'risk' | 'percent'>): {
  fill: string;
  opacity: number;
} {
  const share = Math.min(100, Math.max(0, unit.percent ?? 0)) / 100;
  return { fill: riskColour[riskKey(unit.risk)], opacity: 0.45 + 0.55 * share };
}

/** The legend's entries: every class the dashboard knows, worst first, then "no figures". */
export function legendEntries(noData = true): readonly (RiskKey | 'no_data')[] {
  return noData ? [...riskKeys, 'no_data'] : riskKeys;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a screen reader says for a region or marker, and the tooltip shows: name, share, class. */
export function unitLabel(
  unit: Pick<MapUnit, 'name' | 'risk' | 'percent'>,
  translate: Translate,
  percent: (value: number | null) => string,
): string {
  return translate('cutover.dashboard.map.unit', {
    name: unit.name,
    percent: percent(unit.percent),
    risk: translate(`cutover.dashboard.risk.${riskKey(unit.risk)}`),
  });
}

/** "Overdue 3, On track 12": the classes present, in the legend's order, for the summary. */
export function classCounts(
  units: readonly Pick<MapUnit, 'risk'>[],
  translate: Translate,
  count: (value: number) => string,
): string {
  return riskKeys
    .map((key) => [key, units.filter((unit) => riskKey(unit.risk) === key).length] as const)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${translate(`cutover.dashboard.risk.${key}`)} ${count(n)}`)
    .join(', ');
}
