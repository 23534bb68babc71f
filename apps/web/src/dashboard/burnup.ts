import { completionThreshold, dayNumber, isoFromDayNumber } from '@cutover/domain';

/** One x position of the burn-up chart (x is a day number); each series reads its own key. */
export interface BurnupRow {
  day: number;
  /** Percent done; history is change-only, so the chart draws it as a step line. */
  done?: number | null;
  /** The projection from the view day to the finish line at the forecast date. */
  forecast?: number;
  /** The band between the fastest and the slowest plausible pace. */
  range?: [number, number];
}

export interface SeriesPoint {
  day: string;
  numerator: number;
  denominator: number;
}

export interface ForecastDates {
  status: string | null;
  date: string | null;
  earliest: string | null;
  latest: string | null;
}

/** Where a node counts as finished, in percent: the domain's completion threshold (the server's `thresholdPercent`). */
export const FINISH_PERCENT = completionThreshold * 100;

const percentOf = (point: SeriesPoint) =>
  point.denominator > 0 ? (point.numerator / point.denominator) * 100 : null;

/** The recorded history as percent, held flat up to the view day. */
export function doneRows(points: readonly SeriesPoint[], asOf: string): BurnupRow[] {
  const rows: BurnupRow[] = points.map((point) => ({
    day: dayNumber(point.day),
    done: percentOf(point),
  }));
  const last = rows.at(-1);
  const end = dayNumber(asOf);
  if (last && last.day < end) rows.push({ day: end, done: last.done ?? null });
  return rows;
}

/** The dashed projection and its band, from today's value to the finish line. */
export function forecastRows(start: BurnupRow, forecast: ForecastDates): BurnupRow[] {
  const value = start.done;
  if (forecast.status !== 'projected' || !forecast.date || value == null) return [];
  const end = dayNumber(forecast.date);
  if (end <= start.day) return [];
  const rows: BurnupRow[] = [
    { day: start.day, forecast: value },
    { day: end, forecast: FINISH_PERCENT },
  ];
  if (!forecast.earliest || !forecast.latest) return rows;
  const fast = Math.max(start.day + 1, dayNumber(forecast.earliest));
  const slow = Math.max(fast, dayNumber(forecast.latest));
  const slowAt = (day: number) =>
    value + ((FINISH_PERCENT - value) * (day - start.day)) / (slow - start.day);
  rows.push(
    { day: start.day, range: [value, value] },
    { day: fast, range: [slowAt(fast), FINISH_PERCENT] },
    { day: slow, range: [FINISH_PERCENT, FINISH_PERCENT] },
  );
  return rows;
}

/** Every series merged by day, in day order, as recharts wants one data array. */
export function burnupRows(
  points: readonly SeriesPoint[],
  asOf: string,
  forecast: ForecastDates,
): BurnupRow[] {
  const history = doneRows(points, asOf);
  const last = history.at(-1);
  const byDay = new Map<number, BurnupRow>();
  for (const row of [...history, ...(last ? forecastRows(last, forecast) : [])]) {
    byDay.set(row.day, { ...byDay.get(row.day), ...row });
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** The days the x axis spans: the history, the deadline and the forecast, with a margin. */
export function burnupDomain(
  rows: readonly BurnupRow[],
  deadline: string | null,
): [number, number] {
  const days = rows.map((row) => row.day);
  if (deadline) days.push(dayNumber(deadline));
  if (days.length === 0) return [0, 1];
  const from = Math.min(...days);
  const to = Math.max(...days);
  const margin = Math.max(2, Math.round((to - from) * 0.03));
  return [from - margin, to + margin];
}

/** First days of months inside the domain, every n-th month so there are at most `max`. */
export function monthTicks([from, to]: [number, number], max = 8): number[] {
  const start = new Date(`${isoFromDayNumber(from)}T00:00:00Z`);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + 1;
  const firsts: number[] = [];
  for (;;) {
    if (month > 11) {
      year += 1;
      month = 0;
    }
    const day = Math.round(Date.UTC(year, month, 1) / 86_400_000);
    if (day > to) break;
    firsts.push(day);
    month += 1;
  }
  const step = Math.max(1, Math.ceil(firsts.length / max));
  return firsts.filter((_, index) => index % step === 0);
}

/** The highest value the y axis must show (a stale denominator can push past 100 %). */
export function percentCeiling(rows: readonly BurnupRow[]): number {
  const top = Math.max(100, ...rows.map((row) => row.done ?? 0));
  return Math.ceil(top / 10) * 10;
}
