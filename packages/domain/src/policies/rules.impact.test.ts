import { describe, expect, it } from 'vitest';
import { overridesShadowedByLock, removalEffect } from './rules';
import { setting } from './test-fixtures';

const key = 'childrens_mode.pin_length';
/** country 1 → region 10 → municipality 100 → school 1000 */
const school = [1, 10, 100, 1000];

describe('overridesShadowedByLock', () => {
  const at = (path: number[], value: number, locked = false) => ({
    path,
    setting: setting(path.at(-1) ?? 0, key, value, locked),
  });

  it.each([
    { name: 'nothing below', descendants: [], expected: [] },
    { name: 'own setting is not shadowed', descendants: [at([1, 10], 5)], expected: [] },
    {
      name: 'siblings and ancestors are ignored',
      descendants: [at([1, 11], 5), at([1], 5), at([1, 11, 100], 7)],
      expected: [],
    },
    {
      name: 'every override below, shallowest first',
      descendants: [at([1, 10, 100, 1000], 8), at([1, 10, 100], 7), at([1, 10, 101], 6)],
      expected: [
        [100, null],
        [101, null],
        [1000, null],
      ],
    },
    {
      name: 'notes overrides already shadowed by a lock in the subtree',
      descendants: [
        at([1, 10, 100], 7, true),
        at([1, 10, 100, 1000], 8),
        at([1, 10, 101, 1001], 6),
      ],
      expected: [
        [100, null],
        [1000, 100],
        [1001, null],
      ],
    },
  ])('$name', ({ descendants, expected }) => {
    const shadowed = overridesShadowedByLock([1, 10], key, descendants);
    expect(shadowed.map((s) => [s.setting.nodeId, s.alreadyShadowedBy])).toEqual(expected);
  });

  it('ignores settings of other keys', () => {
    const other = { path: [1, 10, 100], setting: setting(100, 'childrens_mode.enabled', false) };
    expect(overridesShadowedByLock([1, 10], key, [other])).toEqual([]);
  });
});

describe('removalEffect', () => {
  it.each([
    {
      name: 'falls back to the nearest ancestor',
      settings: [setting(10, key, 6), setting(1000, key, 8)],
      own: true,
      after: 6,
      from: 10,
      changes: true,
    },
    {
      name: 'falls back to the default',
      settings: [setting(1000, key, 8)],
      own: true,
      after: 4,
      from: 'default',
      changes: true,
    },
    {
      name: 'same value inherited',
      settings: [setting(1, key, 8), setting(1000, key, 8)],
      own: true,
      after: 8,
      from: 1,
      changes: false,
    },
    {
      name: 'shadowed own setting: no change',
      settings: [setting(10, key, 6, true), setting(1000, key, 8)],
      own: true,
      after: 6,
      from: 10,
      changes: false,
    },
    {
      name: 'nothing of its own',
      settings: [setting(10, key, 6)],
      own: false,
      after: 6,
      from: 10,
      changes: false,
    },
    {
      name: 'descendant settings do not count',
      settings: [setting(10000, key, 7)],
      own: false,
      after: 4,
      from: 'default',
      changes: false,
    },
  ])('$name', ({ settings, own, after, from, changes }) => {
    const effect = removalEffect(school, key, settings);
    expect(effect.hasOwnSetting).toBe(own);
    expect(effect.after.value).toBe(after);
    expect(effect.after.source === 'default' ? 'default' : effect.after.source.nodeId).toBe(from);
    expect(effect.valueChanges).toBe(changes);
    expect(effect.after.chain.some((link) => link.nodeId === 1000)).toBe(false);
  });

  it('compares structured values by content', () => {
    const hours = { from: '21:00', to: '08:00' };
    const settings = [setting(1000, 'childrens_mode.quiet_hours', { to: '08:00', from: '21:00' })];
    const effect = removalEffect(school, 'childrens_mode.quiet_hours', settings);
    expect(effect.after).toMatchObject({ value: hours, source: 'default' });
    expect(effect.valueChanges).toBe(false);
  });
});
