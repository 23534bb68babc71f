import { type PolicyKey, policyCatalog } from '@cutover/domain';
import type { ChainLink, EffectivePolicy } from './types';

export type Inherited =
  | { from: 'default'; value: unknown }
  | { from: 'node'; value: unknown; link: ChainLink };

/** Whether the node holds a setting of its own for the policy. */
export function ownSetting(policy: EffectivePolicy, nodeId: number): ChainLink | undefined {
  return policy.chain.find((link) => link.nodeId === nodeId);
}

/** A lock held strictly above the node: the node may not override the policy. */
export function lockedAbove(policy: EffectivePolicy, nodeId: number): ChainLink | undefined {
  if (policy.lockedBy === null || policy.lockedBy === nodeId) return undefined;
  return policy.chain.find((link) => link.nodeId === policy.lockedBy);
}

/** The node that holds a lock, named from the chain (the chain holds every setting on the path). */
export function lockHolderName(policy: EffectivePolicy, lockNodeId: number): string | undefined {
  return policy.chain.find((link) => link.nodeId === lockNodeId)?.nodeName;
}

/**
 * What the node would inherit once its own setting is removed: the highest lock above it,
 * else the nearest setting above it, else the catalog's default.
 */
export function inheritedAfterRemoval(policy: EffectivePolicy, nodeId: number): Inherited {
  const above = policy.chain.filter((link) => link.nodeId !== nodeId);
  const link = above.find((candidate) => candidate.locked) ?? above.at(-1);
  if (link) return { from: 'node', value: link.value, link };
  const key: PolicyKey = policy.key;
  return { from: 'default', value: policyCatalog[key].default };
}
