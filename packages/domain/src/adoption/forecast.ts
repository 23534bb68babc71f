import { addDays, dayNumber, type IsoDate, isoFromDayNumber } from './days';
import {
  dailyFractions,
  type ObservedFraction,
  observedFractions,
  type SeriesPoint,
  tameBursts,
  theilSen,
} from './trend';

export interface ForecastOptions {
  /** Days of history the trend is fitted on, ending today. */
  windowDays?: number;
  /** The done fraction at which a node counts as finished. */
  threshold?: number;
  /** Projections further out than this are reported as stalled. */
  horizonDays?: number;
}

export const forecastDefaults = { windowDays: 28, threshold: 0.98, horizonDays: 730 } as const;

export type Forecast =
  | { status: 'no_data' }
  /** `date` is the day the node last crossed the threshold. */
  | { status: 'done'; date: IsoDate }
  | { status: 'stalled'; slopePerDay: number }
  /**
   * `earliest` and `latest` come from the slope plus and minus one standard error; `latest`
   * is absent when the slower pace would never get there within the horizon.
   */
  | {
      status: 'projected';
      date: IsoDate;
      earliest: IsoDate;
      latest?: IsoDate;
      slopePerDay: number;
    };

function firstDayOfFinalRun(
  observed: readonly ObservedFraction[],
  threshold: number,
): number | null {
  let since: number | null = null;
  for (const row of [...observed].reverse()) {
    if (row.fraction === null || row.fraction < threshold) break;
    since = row.day;
  }
  return since;
}

/**
 * When a node will reach the threshold at its recent pace: a Theil–Sen slope of the daily
 * done fraction over the window (bursts capped first), projected from today's actual
 * fraction, since progress already made (a jump included) is real: only the pace must be
 * robust.
 */
export function forecastCompletion(
  series: readonly SeriesPoint[],
  today: IsoDate,
  options: ForecastOptions = {},
): Forecast {
  const { windowDays, threshold, horizonDays } = { ...forecastDefaults, ...options };
  const observed = observedFractions(series, today);
  const current = observed.at(-1)?.fraction ?? null;
  if (current === null) return { status: 'no_data' };

  const doneSince = firstDayOfFinalRun(observed, threshold);
  if (doneSince !== null) return { status: 'done', date: isoFromDayNumber(doneSince) };

  const points = dailyFractions(observed, dayNumber(today), windowDays);
  const usableRows = observed.filter((row) => row.fraction !== null).length;
  if (usableRows < 2 || points.length < 2) return { status: 'no_data' };

  const { slopePerDay, standardError } = theilSen(tameBursts(points));
  const remaining = threshold - current;
  const daysAt = (slope: number): number | null => {
    if (slope <= 0) return null;
    // Without the tolerance, float noise in an exact pace turns 40 days into 41.
    const days = Math.ceil(remaining / slope - 1e-9);
    return days <= horizonDays ? days : null;
  };
  const expected = daysAt(slopePerDay);
  if (expected === null) return { status: 'stalled', slopePerDay };

  const fastest = daysAt(slopePerDay + standardError) ?? expected;
  const slowest = daysAt(slopePerDay - standardError);
  return {
    status: 'projected',
    date: addDays(today, expected),
    earliest: addDays(today, fastest),
    ...(slowest === null ? {} : { latest: addDays(today, slowest) }),
    slopePerDay,
  };
}
