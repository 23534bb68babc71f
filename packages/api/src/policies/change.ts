import type { ScopedData } from '@cutover/db';
import { isPolicyKey, overridesShadowedByLock, validateSetting } from '@cutover/domain';
import { AppError, invalid, notFound } from '../errors';
import { visibleNode } from '../org-units/load';
import { toSettings } from './settings';

export interface PolicyChange {
  orgUnitId: number;
  key: string;
  value: unknown;
  locked: boolean;
}

/** Checks a proposed setting and measures what it would reach, without writing anything. */
export async function previewPolicy(data: ScopedData, input: PolicyChange) {
  if (!isPolicyKey(input.key)) throw invalid({ key: 'policies.errors.unknown_key' });
  const node = await visibleNode(data, input.orgUnitId);
  const onPath = await data.policies.onPath(node.path);
  const check = validateSetting(
    node.path,
    input.key,
    { value: input.value, locked: input.locked },
    toSettings(onPath),
  );
  const below = await data.policies.below(node.id, input.key);
  const shadowed = input.locked
    ? overridesShadowedByLock(
        node.path,
        input.key,
        below.flatMap((row) =>
          toSettings([row]).map((setting) => ({ path: row.orgUnitPath, setting })),
        ),
      )
    : [];
  return {
    node: { id: node.id, name: node.name, path: node.path },
    check,
    reach: await data.policies.reach(node.id),
    shadowed: shadowed.map((s) => ({
      nodeId: s.setting.nodeId,
      nodeName: below.find((r) => r.orgUnitId === s.setting.nodeId)?.orgUnitName ?? '',
      value: s.setting.value as unknown,
    })),
  };
}

/** Sets a value (optionally locked) at a node; refused below a lock held above it. */
export async function setPolicy(data: ScopedData, input: PolicyChange & { reason: string }) {
  const preview = await previewPolicy(data, input);
  if (!preview.check.ok) {
    const first = preview.check.errors[0];
    throw new AppError('VALIDATION', first?.message ?? 'errors.validation', {
      value: first?.message ?? 'errors.validation',
    });
  }
  const before =
    (await data.policies.onPath([input.orgUnitId])).find((row) => row.key === input.key) ?? null;
  await data.policies.upsert({
    orgUnitId: input.orgUnitId,
    key: input.key,
    value: preview.check.value,
    locked: input.locked,
    reason: input.reason,
  });
  await data.audit({
    action: before ? 'policy.update' : 'policy.set',
    entityType: 'policy',
    entityId: input.key,
    orgPath: preview.node.path,
    before: before && { value: before.value, locked: before.locked, reason: before.reason },
    after: { value: preview.check.value, locked: input.locked, reason: input.reason },
  });
  return preview;
}

/** Removes a node's own setting: it inherits again. */
export async function removePolicy(
  data: ScopedData,
  input: { orgUnitId: number; key: string; reason: string },
) {
  const node = await visibleNode(data, input.orgUnitId);
  const before = (await data.policies.onPath([node.id])).find((row) => row.key === input.key);
  if (!before) throw notFound();
  await data.policies.remove(node.id, input.key);
  await data.audit({
    action: 'policy.remove',
    entityType: 'policy',
    entityId: input.key,
    orgPath: node.path,
    before: { value: before.value, locked: before.locked, reason: before.reason },
    after: { reason: input.reason },
  });
  return { ok: true };
}
