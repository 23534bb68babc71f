import { addDays, type IsoDate } from './days';
import { type Forecast, forecastCompletion, forecastDefaults } from './forecast';
import type { Percentage } from './metrics';
import { assessRisk, type RiskClass } from './risk';
import type { SeriesPoint } from './trend';

/**
 * The share at which a unit counts as finished. Below 100% because the denominators (class
 * chats registers, staff rosters, expected parents) are counted ahead of time and always
 * carry a few entries that no longer exist: a unit that waits for the last 2% waits forever.
 */
export const completionThreshold = forecastDefaults.threshold;

/** Days of history every assessment reads, live or as of a past day, ending on that day. */
export const assessmentWindowDays = 35;

export function reachesThreshold(
  numerator: number,
  denominator: number,
  threshold: number = completionThreshold,
): boolean {
  return denominator > 0 && numerator / denominator >= threshold;
}

/** The first day on or before `today` whose figure reached the threshold: the finish date. */
export function firstFinishDay(
  series: readonly SeriesPoint[],
  today: IsoDate,
  threshold: number = completionThreshold,
): IsoDate | null {
  let first: IsoDate | null = null;
  for (const point of series) {
    if (point.day > today || !reachesThreshold(point.numerator, point.denominator, threshold)) {
      continue;
    }
    if (first === null || point.day < first) first = point.day;
  }
  return first;
}

/**
 * The rows of the window ending on `today`, plus the row in force when it opens (history is
 * stored only on change, so that row carries forward). Whatever span a caller loaded, the
 * assessment sees the same rows.
 */
export function assessmentWindow(series: readonly SeriesPoint[], today: IsoDate): SeriesPoint[] {
  const opens = addDays(today, -assessmentWindowDays);
  const upToToday = series.filter((point) => point.day <= today);
  const sorted = [...upToToday].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const before = sorted.filter((point) => point.day <= opens).at(-1);
  return [...(before ? [before] : []), ...sorted.filter((point) => point.day > opens)];
}

export interface AdoptionAssessmentInput {
  /** The node's history up to `today` (any span: the assessment windows it itself). */
  series: readonly SeriesPoint[];
  today: IsoDate;
  /** The node's effective deadline for the wave. */
  deadline: IsoDate;
  /** The wave's opening day. */
  opensOn: IsoDate;
  /** The node's figure at the end of `today`. */
  adoption: Percentage;
  /**
   * The first day of the node's whole history that reached the threshold (see
   * `firstFinishDay`), as stored; a day after `today` is not yet known and is ignored.
   */
  finishedOn: IsoDate | null;
}

export interface AdoptionAssessment {
  /** Null when the wave does not apply (no denominator) and nothing was ever finished. */
  risk: RiskClass | null;
  /** Whether it finished by the deadline; null while undecided. */
  onTime: boolean | null;
  finishedOn: IsoDate | null;
  forecast: Forecast;
}

/**
 * The classes that need no forecast: finished late, or past the deadline unfinished (null
 * otherwise). `assessAdoption` agrees with it, so counts of a node's children can be made
 * from their figures and finish dates alone.
 */
export function lateClass(input: {
  today: IsoDate;
  deadline: IsoDate;
  denominator: number;
  finishedOn: IsoDate | null;
}): 'overdue' | 'done_late' | null {
  const { today, deadline, denominator } = input;
  const finishedOn =
    input.finishedOn !== null && input.finishedOn <= today ? input.finishedOn : null;
  if (finishedOn !== null) return finishedOn > deadline ? 'done_late' : null;
  return denominator > 0 && today > deadline ? 'overdue' : null;
}

/**
 * The one assessment of a node and wave on a day, used by the refresh job (live) and by every
 * "as of" read: finished means finished on the first day the figure reached the threshold,
 * whatever it did afterwards, so every view on or after that day shows the same date.
 */
export function assessAdoption(input: AdoptionAssessmentInput): AdoptionAssessment {
  const { today, deadline, opensOn, adoption } = input;
  const finishedOn =
    input.finishedOn !== null && input.finishedOn <= today ? input.finishedOn : null;
  if (finishedOn !== null) {
    const onTime = finishedOn <= deadline;
    return {
      risk: onTime ? 'done' : 'done_late',
      onTime,
      finishedOn,
      forecast: { status: 'done', date: finishedOn },
    };
  }
  const forecast = forecastCompletion(assessmentWindow(input.series, today), today);
  if (adoption.denominator === 0) return { risk: null, onTime: null, finishedOn: null, forecast };
  const { risk, onTime } = assessRisk({ today, deadline, opensOn, adoption, forecast });
  const finished = forecast.status === 'done' ? forecast.date : null;
  return { risk, onTime, finishedOn: finished, forecast };
}
