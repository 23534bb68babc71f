import { dayNumber, type IsoDate } from './days';

/** One stored row of a node's history; rows exist only on days the figures changed. */
export interface SeriesPoint {
  day: IsoDate;
  numerator: number;
  denominator: number;
}

export interface DailyFraction {
  day: number;
  fraction: number;
}

export interface ObservedFraction {
  day: number;
  /** Null when the row had no denominator. */
  fraction: number | null;
}

/** Rows up to `today` as day numbers, in day order, the last row of a day winning. */
export function observedFractions(
  series: readonly SeriesPoint[],
  today: IsoDate,
): ObservedFraction[] {
  const todayNumber = dayNumber(today);
  const byDay = new Map<number, number | null>();
  for (const row of series) {
    const day = dayNumber(row.day);
    if (day > todayNumber) continue;
    byDay.set(day, row.denominator > 0 ? row.numerator / row.denominator : null);
  }
  return [...byDay].map(([day, fraction]) => ({ day, fraction })).sort((a, b) => a.day - b.day);
}

/**
 * The done fraction on every day of the window ending on `today`: a missing day repeats the
 * previous row, because history is stored only on change. Days before the first row, or
 * whose row has no denominator, are unknown and left out.
 */
export function dailyFractions(
  observed: readonly ObservedFraction[],
  today: number,
  windowDays: number,
): DailyFraction[] {
  const points: DailyFraction[] = [];
  let next = 0;
  let current: number | null = null;
  for (let day = today - windowDays + 1; day <= today; day++) {
    let row = observed[next];
    while (row !== undefined && row.day <= day) {
      current = row.fraction;
      next += 1;
      row = observed[next];
    }
    if (current !== null) points.push({ day, fraction: current });
  }
  return points;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (
    ((sorted[Math.floor(middle)] ?? Number.NaN) + (sorted[Math.ceil(middle)] ?? Number.NaN)) / 2
  );
}

/** A day's change more than this many times the typical day's change is a burst. */
const BURST_FACTOR = 3;

/**
 * Caps each day's change at BURST_FACTOR times the median non-zero change and rebuilds the
 * series from the capped changes. A burst in the middle of the window straddles half of all
 * pairs, which is more than Theil–Sen alone can shrug off; capped, it stays one day's news.
 */
export function tameBursts(points: readonly DailyFraction[]): DailyFraction[] {
  const changes = points.slice(1).map((point, i) => point.fraction - (points[i]?.fraction ?? 0));
  const nonZero = changes.filter((change) => change !== 0).map(Math.abs);
  if (nonZero.length < 3) return [...points];
  const cap = BURST_FACTOR * median(nonZero);
  let level = points[0]?.fraction ?? 0;
  return points.map((point, i) => {
    const change = i === 0 ? 0 : (changes[i - 1] ?? 0);
    level += Math.max(-cap, Math.min(cap, change));
    return { day: point.day, fraction: level };
  });
}

export interface TrendFit {
  slopePerDay: number;
  /** Standard error of the slope, from the residuals around the robust line. */
  standardError: number;
}

/**
 * Theil–Sen: the median of all pairwise slopes, so a single day's jump moves only the pairs
 * that straddle it and cannot drag the trend the way it drags least squares.
 */
export function theilSen(points: readonly DailyFraction[]): TrendFit {
  const slopes: number[] = [];
  points.forEach((a, i) => {
    for (const b of points.slice(i + 1)) slopes.push((b.fraction - a.fraction) / (b.day - a.day));
  });
  const slopePerDay = median(slopes);
  const intercept = median(points.map((p) => p.fraction - slopePerDay * p.day));
  const meanDay = points.reduce((sum, p) => sum + p.day, 0) / points.length;
  const spread = points.reduce((sum, p) => sum + (p.day - meanDay) ** 2, 0);
  const squaredResiduals = points.reduce(
    (sum, p) => sum + (p.fraction - intercept - slopePerDay * p.day) ** 2,
    0,
  );
  const variance = squaredResiduals / Math.max(points.length - 2, 1);
  return { slopePerDay, standardError: spread > 0 ? Math.sqrt(variance / spread) : 0 };
}
