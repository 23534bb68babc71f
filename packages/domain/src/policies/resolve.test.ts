import { describe, expect, it } from 'vitest';
import { parsePolicyValue } from './parse';
import type { ChainStatus, PolicySetting } from './resolve';
import { resolvePolicies, resolvePolicy, settingsOnPath } from './resolve';
import { setting } from './test-fixtures';

const key = 'childrens_mode.pin_length';
/** country 1 → region 10 → municipality 100 → school 1000 */
const school = [1, 10, 100, 1000];

/** "10=6!" is a setting of 6 at node 10, locked. */
function parse(spec: string): PolicySetting[] {
  return spec
    .split(' ')
    .filter(Boolean)
    .map((item) => {
      const [node, value] = item.replace('!', '').split('=').map(Number);
      return setting(node ?? 0, key, value ?? 0, item.endsWith('!'));
    });
}

const chainOf = (links: readonly { nodeId: number; status: ChainStatus }[]) =>
  links.map((link) => `${link.nodeId}:${link.status}`).join(' ');

describe('resolvePolicy', () => {
  it.each([
    // name, path, settings, value, source, lockedBy, chain
    ['no settings: the default', school, '', 4, 'default', null, ''],
    ['nearest wins', school, '1=5 100=6', 6, 100, null, '1:overridden 100:effective'],
    ['own setting wins', school, '1000=8 10=7', 8, 1000, null, '10:overridden 1000:effective'],
    [
      'a lock freezes everything below it',
      school,
      '10=6! 100=7 1000=8',
      6,
      10,
      10,
      '10:effective 100:shadowed_by_lock 1000:shadowed_by_lock',
    ],
    [
      'the highest lock wins over a lower one',
      school,
      '1=5 10=6! 100=7!',
      6,
      10,
      10,
      '1:overridden 10:effective 100:shadowed_by_lock',
    ],
    ['own lock: own source', school, '1=5 1000=8!', 8, 1000, 1000, '1:overridden 1000:effective'],
    ['off-path settings ignored', school, '2=8! 101=7 1=5', 5, 1, null, '1:effective'],
    ['a lock below does not reach up', [1, 10], '10=6 100=7!', 6, 10, null, '10:effective'],
    ['an empty path: the default', [], '1=5!', 4, 'default', null, ''],
  ] as const)('%s', (_name, path, spec, value, source, lockedBy, chain) => {
    const resolved = resolvePolicy(path, key, parse(spec));
    expect(resolved.key).toBe(key);
    expect(resolved.value).toBe(value);
    expect(resolved.source === 'default' ? 'default' : resolved.source.nodeId).toBe(source);
    expect(resolved.lockedBy).toBe(lockedBy);
    expect(chainOf(resolved.chain)).toBe(chain);
  });

  it('ignores settings of other keys', () => {
    const resolved = resolvePolicy(school, key, [
      setting(1, 'childrens_mode.enabled', false, true),
    ]);
    expect(resolved).toEqual({ key, value: 4, source: 'default', lockedBy: null, chain: [] });
  });

  it('carries who, when and why for the source and every link of the chain', () => {
    const resolved = resolvePolicy(school, key, [setting(10, key, 6, true), setting(100, key, 7)]);
    expect(resolved.source).toEqual({
      nodeId: 10,
      reason: 'set at 10',
      setBy: 100,
      setAt: new Date(Date.UTC(2025, 8, 1, 0, 0, 10)),
      locked: true,
    });
    expect(resolved.chain[1]).toMatchObject({ nodeId: 100, value: 7, locked: false, setBy: 1000 });
  });

  it('refuses two settings for the same node and key', () => {
    expect(() => resolvePolicy(school, key, [setting(10, key, 5), setting(10, key, 6)])).toThrow(
      /duplicate/,
    );
  });
});

describe('resolvePolicies', () => {
  it('resolves every key, mixing defaults and settings', () => {
    const resolved = resolvePolicies(school, [
      setting(1, 'data.residency', 'domestic_only', true),
      setting(100, 'legacy.sunset_date', '2025-11-01'),
      setting(1000, 'childrens_mode.quiet_hours', null),
    ]);
    expect(resolved['data.residency']).toMatchObject({ value: 'domestic_only', lockedBy: 1 });
    expect(resolved['legacy.sunset_date'].value).toBe('2025-11-01');
    expect(resolved['childrens_mode.quiet_hours'].value).toBeNull();
    expect(resolved['childrens_mode.enabled']).toMatchObject({ value: true, source: 'default' });
    expect(Object.keys(resolved)).toHaveLength(8);
  });
});

describe('settingsOnPath', () => {
  it('orders by the path, not by the input', () => {
    const found = settingsOnPath(school, key, [setting(1000, key, 8), setting(1, key, 5)]);
    expect(found.map((s) => s.nodeId)).toEqual([1, 1000]);
  });
});

describe('stored rows', () => {
  it('become settings once their value passes parsePolicyValue', () => {
    const row = { nodeId: 10, key: 'legacy.sunset_date', value: '2025-11-01' as unknown };
    const parsed = parsePolicyValue(row.key, row.value);
    if (!parsed.ok) throw new Error('expected a valid row');
    const meta = { locked: true, reason: 'pilot region', setBy: 7, setAt: new Date(0) };
    const stored: PolicySetting = {
      ...meta,
      nodeId: row.nodeId,
      key: parsed.key,
      value: parsed.value,
    };
    const resolved = resolvePolicy(school, 'legacy.sunset_date', [stored]);
    expect(resolved).toMatchObject({ value: '2025-11-01', lockedBy: 10 });
  });
});
