import type { WaveMetric } from '../waves';
import type { IsoDate } from './days';

export interface FunnelCounts {
  invited: number;
  registered: number;
  /** Staff active in the last 7 days. */
  active: number;
  chatsMigrated: number;
  chatsLegacyClosed: number;
  parentsJoined: number;
}

/** The figures of one node and wave, as stored in snapshots and rollups. */
export interface AdoptionFigures extends FunnelCounts {
  /**
   * What counts as done for the wave's metric: migrated chats (`chats_migrated`), active staff
   * (`staff_active`) or joined parents (`parents_joined`), see `numeratorFor`. Never
   * registrations: signing up is a funnel stage, not adoption, so sign-ups cannot game it.
   */
  numerator: number;
  /** Expected count for the wave's cohort (class chats, staff or parents). */
  denominator: number;
  denominatorSource: string;
  denominatorAsOf: IsoDate;
}

/** A share that always carries what it was computed from. */
export interface Percentage {
  /** 0 to 100, unrounded; null when the denominator is 0. May exceed 100 if the denominator is stale. */
  value: number | null;
  numerator: number;
  denominator: number;
  source: string;
  asOf: IsoDate;
}

export function percentage(
  numerator: number,
  denominator: number,
  source: string,
  asOf: IsoDate,
): Percentage {
  const value = denominator > 0 ? (numerator / denominator) * 100 : null;
  return { value, numerator, denominator, source, asOf };
}

/** The one count that is adoption for a metric; `registered` is deliberately never it. */
export function numeratorFor(metric: WaveMetric, counts: FunnelCounts): number {
  switch (metric) {
    case 'chats_migrated':
      return counts.chatsMigrated;
    case 'staff_active':
      return counts.active;
    case 'parents_joined':
      return counts.parentsJoined;
  }
}

export type FunnelStage = keyof FunnelCounts;

export interface FunnelStep {
  stage: FunnelStage;
  count: number;
  /** Null when the stage counts something other than the denominator (teachers in a chat wave). */
  percent: Percentage | null;
}

export interface AdoptionMetrics {
  metric: WaveMetric;
  adoption: Percentage;
  funnel: FunnelStep[];
}

const staffStages = ['invited', 'registered', 'active'] as const satisfies FunnelStage[];

/** Stages measured in the wave's own unit, and so shown as shares of its denominator. */
const stagesInDenominatorUnit: Record<WaveMetric, readonly FunnelStage[]> = {
  staff_active: staffStages,
  chats_migrated: ['chatsMigrated', 'chatsLegacyClosed'],
  parents_joined: ['parentsJoined'],
};

export function adoptionMetrics(metric: WaveMetric, figures: AdoptionFigures): AdoptionMetrics {
  const share = (count: number) =>
    percentage(count, figures.denominator, figures.denominatorSource, figures.denominatorAsOf);
  const ownStages = stagesInDenominatorUnit[metric];
  const stages = [...new Set<FunnelStage>([...staffStages, ...ownStages])];
  return {
    metric,
    adoption: share(figures.numerator),
    funnel: stages.map((stage) => ({
      stage,
      count: figures[stage],
      percent: ownStages.includes(stage) ? share(figures[stage]) : null,
    })),
  };
}
