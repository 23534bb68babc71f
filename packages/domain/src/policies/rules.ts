import { isWithin, type OrgPath } from '../paths';
import type { PolicyKey, PolicyValue } from './catalog';
import { type PolicyFieldError, policyError } from './errors';
import { parsePolicyValue } from './parse';
import {
  type EffectivePolicy,
  isSettingFor,
  type PolicySetting,
  resolvePolicy,
  settingsOnPath,
} from './resolve';
import { samePolicyValue } from './same-value';

export type SettingCheck<K extends PolicyKey> =
  | { ok: true; key: K; value: PolicyValue<K>; locked: boolean }
  | { ok: false; reason: 'locked_above'; lockedBy: number; errors: PolicyFieldError[] }
  | { ok: false; reason: 'invalid_value'; errors: PolicyFieldError[] };

/**
 * Whether the last node of `path` may set `key` to `proposed`. A lock held by the node itself
 * does not block it: only a strict ancestor's lock does.
 */
export function validateSetting<K extends PolicyKey>(
  path: OrgPath,
  key: K,
  proposed: { value: unknown; locked: boolean },
  settings: readonly PolicySetting[],
): SettingCheck<K> {
  const lock = settingsOnPath(path.slice(0, -1), key, settings).find((s) => s.locked);
  if (lock) {
    const errors = [policyError(key, 'policies.errors.locked_above')];
    return { ok: false, reason: 'locked_above', lockedBy: lock.nodeId, errors };
  }
  const parsed = parsePolicyValue(key, proposed.value);
  if (!parsed.ok) return { ok: false, reason: 'invalid_value', errors: parsed.errors };
  return { ok: true, key, value: parsed.value, locked: proposed.locked };
}

export interface SettingAtPath<K extends PolicyKey = PolicyKey> {
  /** The path of the node that holds the setting, root to that node. */
  path: OrgPath;
  setting: PolicySetting<K>;
}

export interface ShadowedOverride<K extends PolicyKey> extends SettingAtPath<K> {
  /** A lock inside the subtree that already shadows this setting, or null if it applies today. */
  alreadyShadowedBy: number | null;
}

/**
 * The descendant settings that a new lock on `key` at the last node of `nodePath` would
 * shadow, shallowest first, for the impact preview before the lock is saved.
 */
export function overridesShadowedByLock<K extends PolicyKey>(
  nodePath: OrgPath,
  key: K,
  descendants: readonly { path: OrgPath; setting: PolicySetting }[],
): ShadowedOverride<K>[] {
  const below: SettingAtPath<K>[] = [];
  for (const { path, setting } of descendants) {
    if (!isSettingFor(setting, key)) continue;
    if (path.length > nodePath.length && isWithin(path, nodePath)) below.push({ path, setting });
  }
  const locks = below.filter((entry) => entry.setting.locked);
  return below
    .map((entry) => {
      const above = locks.find(
        (lock) => lock.path.length < entry.path.length && isWithin(entry.path, lock.path),
      );
      return { ...entry, alreadyShadowedBy: above?.setting.nodeId ?? null };
    })
    .sort((a, b) => a.path.length - b.path.length || a.setting.nodeId - b.setting.nodeId);
}

export interface RemovalEffect<K extends PolicyKey> {
  /** Whether the node has a setting of its own to remove. */
  hasOwnSetting: boolean;
  before: EffectivePolicy<K>;
  after: EffectivePolicy<K>;
  valueChanges: boolean;
}

/** What the last node of `path` would inherit once its own setting for `key` is removed. */
export function removalEffect<K extends PolicyKey>(
  path: OrgPath,
  key: K,
  settings: readonly PolicySetting[],
): RemovalEffect<K> {
  const nodeId = path.at(-1);
  const isOwn = (s: PolicySetting) => nodeId !== undefined && s.nodeId === nodeId && s.key === key;
  const before = resolvePolicy(path, key, settings);
  const after = resolvePolicy(
    path,
    key,
    settings.filter((s) => !isOwn(s)),
  );
  const valueChanges = !samePolicyValue(before.value, after.value);
  return { hasOwnSetting: settings.some(isOwn), before, after, valueChanges };
}
