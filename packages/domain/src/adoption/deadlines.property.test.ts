import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDayNumber } from './days';
import { type DeadlineSetting, resolveDeadline, validateDeadlineSetting } from './deadlines';

const dayArb = fc.integer({ min: 20_000, max: 20_800 }).map(isoFromDayNumber);
const pathArb = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 7 });
const settingsArb = fc.uniqueArray(
  fc.record({
    nodeId: fc.integer({ min: 1, max: 30 }),
    deadline: dayArb,
    reason: fc.string(),
    setBy: fc.option(fc.nat()),
    setAt: fc.date({ noInvalidDate: true }),
  }),
  { selector: (setting) => setting.nodeId, maxLength: 15 },
);

function naiveWalk(path: readonly number[], national: string, settings: DeadlineSetting[]) {
  for (const nodeId of [...path].reverse()) {
    const own = settings.find((setting) => setting.nodeId === nodeId);
    if (own) return { deadline: own.deadline, from: nodeId };
  }
  return { deadline: national, from: 'national' };
}

describe('deadline properties', () => {
  it('the resolved deadline is the one a naive walk from the node to the root finds', () => {
    fc.assert(
      fc.property(pathArb, dayArb, settingsArb, (path, national, settings) => {
        const effective = resolveDeadline(path, national, settings);
        const source = effective.source;
        expect({
          deadline: effective.deadline,
          from: source === 'national' ? source : source.nodeId,
        }).toEqual(naiveWalk(path, national, settings));
      }),
    );
  });

  it("an accepted deadline is never later than the parent's effective deadline", () => {
    fc.assert(
      fc.property(pathArb, dayArb, dayArb, settingsArb, (path, proposed, national, settings) => {
        const result = validateDeadlineSetting(path, proposed, settings, national);
        const parent = naiveWalk(path.slice(0, -1), national, settings);
        expect(result.ok).toBe(proposed <= parent.deadline);
        if (result.ok) expect(proposed <= parent.deadline).toBe(true);
      }),
    );
  });
});
