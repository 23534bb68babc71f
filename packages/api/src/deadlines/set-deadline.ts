import type { ScopedData } from '@cutover/db';
import { descendantConflicts, validateDeadlineSetting } from '@cutover/domain';
import { AppError, invalid, notFound } from '../errors';
import { visibleNode } from '../org-units/load';
import { toSetting } from './effective';

/** Spelled out, so the web's translation check finds every key the server can send. */
const deadlineErrorKeys = {
  invalid_date: 'errors.deadline_invalid_date',
  later_than_parent: 'errors.deadline_later_than_parent',
} as const;

/**
 * Sets (or replaces) a node's own deadline for a wave. Never later than the effective
 * deadline above the node; returns the settings below that the new date undercuts.
 */
export async function setDeadline(
  data: ScopedData,
  input: { orgUnitId: number; waveId: number; deadline: string; reason: string },
) {
  const node = await visibleNode(data, input.orgUnitId).catch(() => {
    throw invalid({ orgUnitId: 'errors.unit_not_found' });
  });
  const wave = await data.waves.lockedForDeadline(input.waveId);
  if (!wave) throw invalid({ waveId: 'errors.wave_not_found' });
  if (wave.closedOn) throw invalid({ waveId: 'errors.wave_closed' }, 'errors.wave_closed');
  const onPath = (await data.deadlines.onPath(node.path)).filter((row) => row.waveId === wave.id);
  const check = validateDeadlineSetting(
    node.path,
    input.deadline,
    onPath.map(toSetting),
    wave.nationalDeadline,
  );
  if (!check.ok) {
    const params: Record<string, string> =
      check.reason === 'later_than_parent' ? { limit: check.parent.deadline } : {};
    const key = deadlineErrorKeys[check.reason];
    throw new AppError('VALIDATION', key, { deadline: key }, params);
  }
  const before = onPath.find((row) => row.orgUnitId === node.id) ?? null;
  const id = await data.deadlines.upsert(input);
  if (!id) throw notFound();
  await data.audit({
    action: before ? 'deadline.update' : 'deadline.create',
    entityType: 'deadline',
    entityId: id,
    orgPath: node.path,
    before: before && { deadline: before.deadline, reason: before.reason },
    after: { waveId: wave.id, deadline: input.deadline, reason: input.reason },
  });
  const below = await data.deadlines.below(node.id, wave.id);
  const undercut = descendantConflicts(
    node.path,
    input.deadline,
    below.map((row) => ({ ...toSetting(row), path: row.orgUnitPath })),
  );
  const [saved] = await data.deadlines.byIds([id]);
  return { ...saved, undercut: undercut.map((s) => s.nodeId) };
}

/** Removes a node's own deadline: it inherits again from above. */
export async function removeDeadline(data: ScopedData, id: number) {
  const [row] = await data.deadlines.byIds([id]);
  if (!row) throw notFound();
  await data.deadlines.remove(id);
  await data.audit({
    action: 'deadline.delete',
    entityType: 'deadline',
    entityId: id,
    orgPath: row.orgUnitPath,
    before: { waveId: row.waveId, deadline: row.deadline, reason: row.reason },
  });
  return row;
}
