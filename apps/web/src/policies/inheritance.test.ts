import { describe, expect, it } from 'vitest';
import { inheritedAfterRemoval, lockedAbove, lockHolderName, ownSetting } from './inheritance';
import type { ChainLink, EffectivePolicy } from './types';

const link = (nodeId: number, value: unknown, locked = false): ChainLink => ({
  nodeId,
  nodeName: `node ${nodeId}`,
  setByLogin: 'federal@demo.cutover',
  setBy: 1,
  setAt: new Date('2026-01-01T10:00:00Z'),
  reason: 'why',
  value,
  locked,
  status: 'effective',
});

const policy = (chain: ChainLink[], lockedBy: number | null = null): EffectivePolicy => ({
  key: 'childrens_mode.pin_length',
  value: chain.at(-1)?.value ?? 4,
  lockedBy,
  source: { kind: 'default' },
  chain,
});

describe('inheritance at a node', () => {
  it('inherits the nearest setting above once its own is removed', () => {
    const p = policy([link(1, 5), link(2, 6), link(3, 7)]);
    expect(ownSetting(p, 3)?.value).toBe(7);
    expect(inheritedAfterRemoval(p, 3)).toMatchObject({ from: 'node', value: 6 });
  });

  it('inherits the highest lock above, whatever lies between', () => {
    const p = policy([link(1, 8, true), link(2, 6), link(3, 7)], 1);
    expect(inheritedAfterRemoval(p, 3)).toMatchObject({ from: 'node', value: 8 });
  });

  it('falls back to the default when nothing is set above', () => {
    expect(inheritedAfterRemoval(policy([link(3, 7)]), 3)).toEqual({ from: 'default', value: 4 });
  });

  it('tells a lock above the node from a lock the node holds itself', () => {
    const above = policy([link(1, 8, true)], 1);
    expect(lockedAbove(above, 3)?.nodeName).toBe('node 1');
    expect(lockHolderName(above, 1)).toBe('node 1');
    expect(lockedAbove(policy([link(3, 8, true)], 3), 3)).toBeUndefined();
    expect(lockedAbove(policy([link(1, 8)]), 3)).toBeUndefined();
  });
});
