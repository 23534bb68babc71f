import fc from 'fast-check';
import { type PolicyKey, type PolicyValue, policyKeys } from './catalog';
import type { PolicySetting } from './resolve';
import { educationServiceIds } from './services';
import { setting } from './test-fixtures';

const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const valueArbs: { [K in PolicyKey]: fc.Arbitrary<PolicyValue<K>> } = {
  'childrens_mode.enabled': fc.boolean(),
  'childrens_mode.approved_contacts_only': fc.boolean(),
  'childrens_mode.parental_pin_required': fc.boolean(),
  'childrens_mode.pin_length': fc.integer({ min: 4, max: 8 }),
  'childrens_mode.quiet_hours': fc.option(
    fc.record({ from: time, to: time }).filter((h) => h.from !== h.to),
    { nil: null },
  ),
  'data.residency': fc.constant('domestic_only'),
  'legacy.sunset_date': fc.option(day, { nil: null }),
  'services.must_keep_working': fc.subarray([...educationServiceIds], { minLength: 1 }),
};

const settingArb = <K extends PolicyKey>(key: K, nodeId: number): fc.Arbitrary<PolicySetting<K>> =>
  fc
    .tuple(valueArbs[key], fc.nat(3))
    .map(([value, roll]) => setting(nodeId, key, value, roll === 0));

/** A random tree as parent links: node i (id 100 + i) hangs under an earlier node. */
export const treeArb = fc
  .array(fc.nat(), { minLength: 1, maxLength: 15 })
  .map((picks) => picks.map((pick, i) => (i === 0 ? null : pick % i)));

export function pathOf(parents: readonly (number | null)[], index: number): number[] {
  const path = [100 + index];
  for (let at = parents[index]; at !== null && at !== undefined; at = parents[at]) {
    path.unshift(100 + at);
  }
  return path;
}

/** A tree plus settings: at most one per node and key, about a quarter of them locked. */
export const scenarioArb = treeArb.chain((parents) =>
  fc.record({
    parents: fc.constant(parents),
    settings: fc
      .uniqueArray(fc.tuple(fc.nat({ max: parents.length - 1 }), fc.constantFrom(...policyKeys)), {
        selector: ([node, key]) => `${node}:${key}`,
        maxLength: 40,
      })
      .chain((slots) =>
        fc.tuple(
          ...slots.map(([node, key]): fc.Arbitrary<PolicySetting> => settingArb(key, 100 + node)),
        ),
      ),
  }),
);
