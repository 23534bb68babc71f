import type { Figures } from '@cutover/db';
import {
  adoptionMetrics,
  assessRisk,
  type Forecast,
  forecastCompletion,
  type RiskClass,
  type WaveMetric,
  waveCohorts,
} from '@cutover/domain';

const denominatorSources: Record<WaveMetric, string> = {
  chats_migrated: 'class_chats_register',
  staff_active: 'staff_roster',
  parents_joined: 'expected_parents',
};

export function metricOf(code: string): WaveMetric {
  return waveCohorts.find((cohort) => cohort.code === code)?.metric ?? 'staff_active';
}

/** Percentages that carry their numerator, denominator, and the denominator's source and date. */
export function metricsFor(code: string, figures: Figures, asOf: string) {
  const metric = metricOf(code);
  return adoptionMetrics(metric, {
    ...figures,
    denominatorSource: denominatorSources[metric],
    denominatorAsOf: asOf,
  });
}

/** Forecast and risk computed now from a history (for "as of" views of past days). */
export function riskFromHistory(
  series: readonly { day: string; numerator: number; denominator: number }[],
  figures: Figures,
  code: string,
  day: string,
  deadline: string,
  opensOn: string,
): { forecast: Forecast; risk: RiskClass | null } {
  const forecast = forecastCompletion(series, day);
  if (figures.denominator === 0) return { forecast, risk: null };
  const { adoption } = metricsFor(code, figures, day);
  return { forecast, risk: assessRisk({ today: day, deadline, opensOn, adoption, forecast }).risk };
}
