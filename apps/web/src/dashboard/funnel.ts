import type { WaveMetric } from '@cutover/domain';

export interface FunnelStepInput {
  stage: string;
  count: number;
}

export interface FunnelBar {
  /** An i18n key suffix: a stage, or 'expected' for the denominator. */
  key: string;
  count: number;
  /** The one stage that is adoption; the others (registration included) are not. */
  adoption: boolean;
}

/** The stages each kind of wave shows, in its own unit (staff, chats or parents). */
export const stagesOf: Record<WaveMetric, readonly string[]> = {
  staff_active: ['invited', 'registered', 'active'],
  chats_migrated: ['chatsMigrated', 'chatsLegacyClosed'],
  parents_joined: ['parentsJoined'],
};

/** The stage whose count is the wave's numerator. */
export const adoptionStage: Record<WaveMetric, string> = {
  staff_active: 'active',
  chats_migrated: 'chatsMigrated',
  parents_joined: 'parentsJoined',
};

export function isWaveMetric(value: string): value is WaveMetric {
  return value in stagesOf;
}

/**
 * The bars of a wave's funnel: what is expected (the denominator), then the wave's own
 * stages. Counts in another unit (teachers in a chat wave) are left out: one axis, one unit.
 */
export function funnelBars(
  metric: string,
  denominator: number,
  funnel: readonly FunnelStepInput[],
): FunnelBar[] {
  if (!isWaveMetric(metric)) return [];
  const counts = new Map(funnel.map((step) => [step.stage, step.count]));
  return [
    { key: 'expected', count: denominator, adoption: false },
    ...stagesOf[metric].map((stage) => ({
      key: stage,
      count: counts.get(stage) ?? 0,
      adoption: stage === adoptionStage[metric],
    })),
  ];
}
