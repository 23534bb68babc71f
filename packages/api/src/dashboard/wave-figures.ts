import type { Figures } from '@cutover/db';
import {
  type AdoptionAssessment,
  adoptionMetrics,
  assessAdoption,
  type SeriesPoint,
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

/** The domain's assessment of a node on a past day, from its history up to that day. */
export function assessPastDay(input: {
  series: readonly SeriesPoint[];
  figures: Figures & { finishedOn: string | null };
  code: string;
  day: string;
  deadline: string;
  opensOn: string;
}): AdoptionAssessment {
  const { series, figures, code, day, deadline, opensOn } = input;
  const { adoption } = metricsFor(code, figures, day);
  return assessAdoption({
    series,
    today: day,
    deadline,
    opensOn,
    adoption,
    finishedOn: figures.finishedOn,
  });
}
