import { describe, expect, it } from 'vitest';
import { asRisk, riskColour, riskKey, riskKeys, riskShape } from './risk';

/** WCAG relative luminance contrast of white text on a #rrggbb background. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('risk', () => {
  it('accepts only the domain classes', () => {
    expect(asRisk('at_risk')).toBe('at_risk');
    expect(asRisk('late')).toBeNull();
    expect(asRisk(null)).toBeNull();
    expect(riskKey(undefined)).toBe('none');
  });
  it('has white-text contrast of at least 4.5:1 for every class', () => {
    for (const key of riskKeys)
      expect(contrastWithWhite(riskColour[key])).toBeGreaterThanOrEqual(4.5);
  });
  it('tells finished late from finished on time by colour and by shape', () => {
    expect(asRisk('done_late')).toBe('done_late');
    expect(riskColour.done_late).not.toBe(riskColour.done);
    expect(riskShape.done_late).not.toBe(riskShape.done);
  });
  it('gives every class its own marker shape', () => {
    expect(new Set(riskKeys.map((key) => riskShape[key])).size).toBe(riskKeys.length);
  });
});
