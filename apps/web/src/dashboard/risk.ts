import { type RiskClass, riskClasses } from '@cutover/domain';

/** A risk class, or null when the server has none (no denominator, no figures yet). */
export function asRisk(value: string | null | undefined): RiskClass | null {
  return riskClasses.find((risk) => risk === value) ?? null;
}

/**
 * Colours with white text above 4.5:1 (the theme's error, warning, info and success shades),
 * always paired with a label and an icon or a shape, never colour alone.
 */
export const riskColour: Record<RiskClass | 'none', string> = {
  overdue: '#b3261e',
  at_risk: '#8a5300',
  on_track: '#1a5fa0',
  done_late: '#6a3d9a',
  done: '#1b6e3a',
  none: '#4a525c',
};

/** Map markers: a distinct shape per class, so print and colour-blind readers tell them apart. */
export const riskShape = {
  overdue: 'cross',
  at_risk: 'triangle',
  on_track: 'circle',
  done_late: 'star',
  done: 'square',
  none: 'diamond',
} as const satisfies Record<RiskClass | 'none', string>;

export type RiskKey = RiskClass | 'none';

export function riskKey(value: string | null | undefined): RiskKey {
  return asRisk(value) ?? 'none';
}

/** The legend's order: the worst first, unknown last. */
export const riskKeys: readonly RiskKey[] = [...riskClasses, 'none'];
