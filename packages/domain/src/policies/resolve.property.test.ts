import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PolicyKey, policyCatalog, policyKeys } from './catalog';
import { parsePolicyValue } from './parse';
import { type PolicySetting, resolvePolicies } from './resolve';
import { pathOf, scenarioArb, valueArbs } from './test-arbitraries';

/** The specification, as plainly as possible: walk down from the root. */
function naive(path: readonly number[], key: PolicyKey, settings: readonly PolicySetting[]) {
  let value: unknown = policyCatalog[key].default;
  let source: number | 'default' = 'default';
  let lockedBy: number | null = null;
  for (const nodeId of path) {
    const here = settings.find((s) => s.nodeId === nodeId && s.key === key);
    if (!here || lockedBy !== null) continue;
    value = here.value;
    source = nodeId;
    if (here.locked) lockedBy = nodeId;
  }
  return { value, source, lockedBy };
}

describe('resolution properties', () => {
  it('equals a naive walk from the root at every node of random trees', () => {
    fc.assert(
      fc.property(scenarioArb, ({ parents, settings }) => {
        parents.forEach((_, index) => {
          const path = pathOf(parents, index);
          const resolved = resolvePolicies(path, settings);
          for (const key of policyKeys) {
            const got = resolved[key];
            expect({
              value: got.value,
              source: got.source === 'default' ? 'default' : got.source.nodeId,
              lockedBy: got.lockedBy,
            }).toEqual(naive(path, key, settings));
            const onPath = settings.filter((s) => s.key === key && path.includes(s.nodeId));
            expect(got.chain).toHaveLength(onPath.length);
            const effective = got.chain.filter((link) => link.status === 'effective');
            expect(effective.length).toBe(onPath.length > 0 ? 1 : 0);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('generated values are exactly the values the catalog accepts', () => {
    for (const key of policyKeys) {
      fc.assert(
        fc.property(valueArbs[key], (value) => {
          expect(parsePolicyValue(key, value)).toEqual({ ok: true, key, value });
        }),
      );
    }
  });
});
