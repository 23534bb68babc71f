import { isWithin, type OrgPath } from '../paths';
import { type IsoDate, isIsoDate } from './days';

/** A node's own, earlier deadline for one wave, with who set it, when and why. */
export interface DeadlineSetting {
  nodeId: number;
  deadline: IsoDate;
  reason: string;
  setBy: number | null;
  setAt: Date;
}

export type DeadlineSettingWithPath = DeadlineSetting & { path: OrgPath };

export type DeadlineSource =
  | 'national'
  | { nodeId: number; reason: string; setBy: number | null; setAt: Date };

export interface EffectiveDeadline {
  deadline: IsoDate;
  source: DeadlineSource;
}

/**
 * The nearest setting on the path (the node itself first, then its parent, up to the root),
 * else the wave's national deadline. `settings` are those of one wave.
 */
export function resolveDeadline(
  path: OrgPath,
  national: IsoDate,
  settings: readonly DeadlineSetting[],
): EffectiveDeadline {
  const byNode = new Map(settings.map((setting) => [setting.nodeId, setting]));
  for (let index = path.length - 1; index >= 0; index--) {
    const nodeId = path[index];
    const setting = nodeId === undefined ? undefined : byNode.get(nodeId);
    if (setting) {
      const { deadline, reason, setBy, setAt } = setting;
      return { deadline, source: { nodeId: setting.nodeId, reason, setBy, setAt } };
    }
  }
  return { deadline: national, source: 'national' };
}

export type DeadlineValidation =
  | { ok: true; parent: EffectiveDeadline }
  | { ok: false; reason: 'invalid_date' }
  | { ok: false; reason: 'later_than_parent'; parent: EffectiveDeadline };

/**
 * A node may tighten but never loosen what applies above it. The node's own current setting
 * is ignored (it is the one being replaced), so the bound is resolved from the parent path.
 */
export function validateDeadlineSetting(
  path: OrgPath,
  proposed: IsoDate,
  settings: readonly DeadlineSetting[],
  national: IsoDate,
): DeadlineValidation {
  if (!isIsoDate(proposed)) return { ok: false, reason: 'invalid_date' };
  const parent = resolveDeadline(path.slice(0, -1), national, settings);
  if (proposed > parent.deadline) return { ok: false, reason: 'later_than_parent', parent };
  return { ok: true, parent };
}

/**
 * Settings strictly below `nodePath` that would end up later than a new setting at the node,
 * ordered top-down, so the UI can warn before the new setting is saved.
 */
export function descendantConflicts<S extends DeadlineSettingWithPath>(
  nodePath: OrgPath,
  newDeadline: IsoDate,
  settingsWithPaths: readonly S[],
): S[] {
  return settingsWithPaths
    .filter(
      (setting) =>
        setting.path.length > nodePath.length &&
        isWithin(setting.path, nodePath) &&
        setting.deadline > newDeadline,
    )
    .sort((a, b) => a.path.length - b.path.length || a.nodeId - b.nodeId);
}
