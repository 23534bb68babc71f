import { describe, expect, it } from 'vitest';
import { parseDay } from './calendar';
import { planCountry, topOrgUnitRows } from './country';
import { generateRegion } from './region';

const TODAY = parseDay('2026-11-26');
const sample = ['RU-TA', 'RU-MOW', 'RU-CHU'];

function generate(seed: number, today = TODAY) {
  const plan = planCountry('demo', seed, today);
  return {
    top: topOrgUnitRows(plan),
    regions: plan.regions
      .filter((r) => sample.includes(r.region.iso))
      .map((r) => generateRegion(plan, r)),
  };
}

describe('the generator', () => {
  it('gives the same country for the same seed and today', () => {
    expect(generate(7)).toEqual(generate(7));
  });

  it('generates a region the same way alone or after others', () => {
    const plan = planCountry('demo', 7, TODAY);
    const tatarstan = plan.regions.find((r) => r.region.iso === 'RU-TA');
    if (!tatarstan) throw new Error('no Tatarstan');
    const alone = generateRegion(plan, tatarstan);
    for (const other of plan.regions.slice(0, 5)) generateRegion(plan, other);
    expect(generateRegion(plan, tatarstan)).toEqual(alone);
  });

  it('gives another country for another seed', () => {
    const a = generate(7).regions[0];
    const b = generate(8).regions[0];
    expect(a?.staff.map((s) => s[2])).not.toEqual(b?.staff.map((s) => s[2]));
  });

  it('keeps the tree for another today but moves the story', () => {
    const now = generate(7);
    const later = generate(7, TODAY + 30);
    expect(later.regions[0]?.orgUnits).toEqual(now.regions[0]?.orgUnits);
    expect(later.regions[0]?.snapshots).not.toEqual(now.regions[0]?.snapshots);
  });
});
