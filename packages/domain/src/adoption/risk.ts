import { daysBetween, type IsoDate } from './days';
import { type Forecast, forecastDefaults } from './forecast';
import type { Percentage } from './metrics';

/**
 * In the order a lagging-first list shows them. `done` is finished by the deadline,
 * `done_late` finished after it: a ministry must not read a late finish as a success.
 */
export const riskClasses = ['overdue', 'at_risk', 'on_track', 'done_late', 'done'] as const;
export type RiskClass = (typeof riskClasses)[number];

export const riskDefaults = { littleTimeLeftDays: 30 } as const;

export interface RiskInput {
  today: IsoDate;
  /** The node's effective deadline for the wave. */
  deadline: IsoDate;
  /** The wave's opening day: before it, having no figures is expected. */
  opensOn?: IsoDate;
  adoption: Percentage;
  forecast: Forecast;
  /** The done fraction at which a node counts as finished. */
  threshold?: number;
  /** With no figures at all, this close to the deadline counts as at risk. */
  littleTimeLeftDays?: number;
}

export interface RiskAssessment {
  risk: RiskClass;
  /** Whether it finished by the deadline; null while that is still undecided or unknown. */
  onTime: boolean | null;
}

function isDone({ numerator, denominator }: Percentage, threshold: number): boolean {
  return denominator > 0 && numerator / denominator >= threshold;
}

function forecastMissesDeadline(input: RiskInput, littleTimeLeftDays: number): boolean {
  const { forecast, deadline, today, opensOn } = input;
  switch (forecast.status) {
    case 'stalled':
      return true;
    case 'projected':
      // No `latest` means the slower pace never finishes: that cannot be on track.
      return (
        forecast.date > deadline || forecast.latest === undefined || forecast.latest > deadline
      );
    case 'no_data': {
      const open = opensOn === undefined || today >= opensOn;
      return open && daysBetween(today, deadline) <= littleTimeLeftDays;
    }
    case 'done':
      return false;
  }
}

/** Deadline days are inclusive: finishing on the deadline is on time. */
export function assessRisk(input: RiskInput): RiskAssessment {
  const threshold = input.threshold ?? forecastDefaults.threshold;
  const littleTimeLeftDays = input.littleTimeLeftDays ?? riskDefaults.littleTimeLeftDays;
  const { today, deadline, forecast } = input;

  if (isDone(input.adoption, threshold)) {
    if (forecast.status === 'done') {
      const onTime = forecast.date <= deadline;
      return { risk: onTime ? 'done' : 'done_late', onTime };
    }
    return { risk: 'done', onTime: today <= deadline ? true : null };
  }
  if (today > deadline) return { risk: 'overdue', onTime: false };
  const risk = forecastMissesDeadline(input, littleTimeLeftDays) ? 'at_risk' : 'on_track';
  return { risk, onTime: null };
}

export interface RiskRanked {
  risk: RiskClass;
  /** Adoption percent; null (no denominator) sorts before any number, as the least known. */
  percent: number | null;
}

/** Comparator for child units: overdue, at risk, on track, done late, done; then lowest percent first. */
export function riskOrder(a: RiskRanked, b: RiskRanked): number {
  const byClass = riskClasses.indexOf(a.risk) - riskClasses.indexOf(b.risk);
  if (byClass !== 0) return byClass;
  if (a.percent === null || b.percent === null) {
    return (a.percent === null ? 0 : 1) - (b.percent === null ? 0 : 1);
  }
  return a.percent - b.percent;
}
