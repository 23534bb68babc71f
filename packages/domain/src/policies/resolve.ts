import type { OrgPath } from '../paths';
import { type PolicyKey, type PolicyValue, policyCatalog, policyKeys } from './catalog';

/**
 * A value set at one node; at most one per node and key (the database enforces it). The value
 * must already have passed parsePolicyValue for its key: resolution trusts it.
 */
export interface PolicySetting<K extends PolicyKey = PolicyKey> {
  nodeId: number;
  key: K;
  value: PolicyValue<K>;
  locked: boolean;
  reason: string;
  setBy: number | null;
  setAt: Date;
}

export interface PolicySource {
  nodeId: number;
  reason: string;
  setBy: number | null;
  setAt: Date;
  locked: boolean;
}

/** `overridden`: a nearer setting wins; `shadowed_by_lock`: a lock above this one wins. */
export type ChainStatus = 'effective' | 'overridden' | 'shadowed_by_lock';

export interface ChainLink<K extends PolicyKey> extends PolicySource {
  value: PolicyValue<K>;
  status: ChainStatus;
}

export interface EffectivePolicy<K extends PolicyKey> {
  key: K;
  value: PolicyValue<K>;
  source: 'default' | PolicySource;
  /** The node whose lock decides the value (possibly the node itself), or null when unlocked. */
  lockedBy: number | null;
  /** Every setting for the key on the path, root first. */
  chain: ChainLink<K>[];
}

export type ResolvedPolicies = { [K in PolicyKey]: EffectivePolicy<K> };

export function isSettingFor<K extends PolicyKey>(
  setting: PolicySetting,
  key: K,
): setting is PolicySetting<K> {
  return setting.key === key;
}

/** The settings for `key` that lie on `path`, ordered root first. */
export function settingsOnPath<K extends PolicyKey>(
  path: OrgPath,
  key: K,
  settings: readonly PolicySetting[],
): PolicySetting<K>[] {
  const byNode = new Map<number, PolicySetting<K>>();
  for (const setting of settings) {
    if (!isSettingFor(setting, key)) continue;
    if (byNode.has(setting.nodeId)) {
      throw new Error(`duplicate policy setting for node ${setting.nodeId} and key ${key}`);
    }
    byNode.set(setting.nodeId, setting);
  }
  return path.flatMap((nodeId) => byNode.get(nodeId) ?? []);
}

function sourceOf(setting: PolicySetting): PolicySource {
  const { nodeId, reason, setBy, setAt, locked } = setting;
  return { nodeId, reason, setBy, setAt, locked };
}

/** The effective value of `key` at the last node of `path` (ids root to self), with provenance. */
export function resolvePolicy<K extends PolicyKey>(
  path: OrgPath,
  key: K,
  settings: readonly PolicySetting[],
): EffectivePolicy<K> {
  const onPath = settingsOnPath(path, key, settings);
  // The highest lock wins: a lock freezes the whole subtree below it, later locks included.
  const lockIndex = onPath.findIndex((setting) => setting.locked);
  const winnerIndex = lockIndex >= 0 ? lockIndex : onPath.length - 1;
  const winner = onPath[winnerIndex];
  const chain = onPath.map((setting, index): ChainLink<K> => {
    const status: ChainStatus =
      index === winnerIndex ? 'effective' : index > winnerIndex ? 'shadowed_by_lock' : 'overridden';
    return { ...sourceOf(setting), value: setting.value, status };
  });
  if (!winner) {
    return { key, value: policyCatalog[key].default, source: 'default', lockedBy: null, chain };
  }
  const lockedBy = winner.locked ? winner.nodeId : null;
  return { key, value: winner.value, source: sourceOf(winner), lockedBy, chain };
}

/** Every key of the catalog resolved at the last node of `path`. */
export function resolvePolicies(
  path: OrgPath,
  settings: readonly PolicySetting[],
): ResolvedPolicies {
  const resolve = <K extends PolicyKey>(key: K) => resolvePolicy(path, key, settings);
  return Object.fromEntries(policyKeys.map((key) => [key, resolve(key)])) as ResolvedPolicies;
}
