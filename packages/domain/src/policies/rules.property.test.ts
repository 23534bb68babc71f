import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PolicyKey, policyCatalog, policyKeys } from './catalog';
import { type PolicySetting, resolvePolicy } from './resolve';
import { overridesShadowedByLock, removalEffect, validateSetting } from './rules';
import { pathOf, scenarioArb } from './test-arbitraries';
import { setting } from './test-fixtures';

const caseArb = scenarioArb.chain((scenario) =>
  fc.record({
    scenario: fc.constant(scenario),
    node: fc.nat({ max: scenario.parents.length - 1 }),
    key: fc.constantFrom(...policyKeys),
  }),
);

const statusAt = (path: number[], key: PolicyKey, settings: readonly PolicySetting[]) =>
  resolvePolicy(path, key, settings).chain.find((link) => link.nodeId === path.at(-1))?.status;

describe('rule properties', () => {
  it('validateSetting refuses exactly where the parent resolves to a lock', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ scenario, node, key }, locked) => {
        const path = pathOf(scenario.parents, node);
        const proposed = { value: policyCatalog[key].default, locked };
        const check = validateSetting(path, key, proposed, scenario.settings);
        const lockedBy = resolvePolicy(path.slice(0, -1), key, scenario.settings).lockedBy;
        const refusedBy = check.ok || check.reason !== 'locked_above' ? null : check.lockedBy;
        expect(refusedBy).toBe(lockedBy);
      }),
    );
  });

  it('after removing its own setting a node inherits what its parent resolves to', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario, node, key }) => {
        const path = pathOf(scenario.parents, node);
        const { after } = removalEffect(path, key, scenario.settings);
        const parent = resolvePolicy(path.slice(0, -1), key, scenario.settings);
        expect(after.value).toEqual(parent.value);
        expect(after.source).toEqual(parent.source);
        expect(after.lockedBy).toBe(parent.lockedBy);
      }),
    );
  });

  it('the lock preview lists exactly the descendant settings the lock then shadows', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario, node, key }) => {
        const { parents, settings } = scenario;
        const nodePath = pathOf(parents, node);
        const nodeId = 100 + node;
        const withPaths = settings.map((s) => ({
          path: pathOf(parents, s.nodeId - 100),
          setting: s,
        }));
        const preview = overridesShadowedByLock(nodePath, key, withPaths);
        const lock = setting(nodeId, key, policyCatalog[key].default, true);
        const locked = [...settings.filter((s) => s.nodeId !== nodeId || s.key !== key), lock];
        const below = withPaths.filter(
          (e) =>
            e.setting.key === key && e.path.length > nodePath.length && e.path.includes(nodeId),
        );
        expect(preview.map((e) => e.setting.nodeId).sort()).toEqual(
          below.map((e) => e.setting.nodeId).sort(),
        );
        for (const entry of preview) {
          expect(statusAt([...entry.path], key, locked)).toBe('shadowed_by_lock');
          if (entry.alreadyShadowedBy !== null) {
            expect(statusAt([...entry.path], key, settings)).toBe('shadowed_by_lock');
          }
        }
      }),
    );
  });
});
