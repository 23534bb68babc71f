import type { ForecastDates } from './burnup';

export type ForecastRange =
  | { kind: 'range'; earliest: string; latest: string }
  /** The slower pace never finishes within the forecast horizon. */
  | { kind: 'open'; earliest: string };

/** What to say about a projected date's uncertainty; nothing when there is none to show. */
export function forecastRange(forecast: ForecastDates): ForecastRange | null {
  const { status, date, earliest, latest } = forecast;
  if (status !== 'projected' || !date || !earliest) return null;
  if (!latest) return { kind: 'open', earliest };
  if (earliest === date && latest === date) return null;
  return { kind: 'range', earliest, latest };
}
