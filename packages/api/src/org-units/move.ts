import type { ScopedData } from '@cutover/db';
import { childLevelOf, type orgUnitMoveSchema, wouldCreateCycle } from '@cutover/domain';
import type { z } from 'zod';
import { conflict, invalid, notFound } from '../errors';
import { visibleNode } from './load';

/**
 * Moves a subtree under a new parent. The caller needs scope over the node, its old
 * parent and the new parent; a cycle or a parent of the wrong level is refused; all
 * paths below are rewritten in the same transaction, and the audit log keeps the history.
 * The scope gate holds the hierarchy lock for this transaction before anything is read
 * (lockHierarchy), so the parents' paths read here cannot change until it commits.
 */
export async function moveOrgUnit(data: ScopedData, input: z.infer<typeof orgUnitMoveSchema>) {
  const node = await visibleNode(data, input.id);
  if (!node.parentId) throw invalid({ newParentId: 'errors.cannot_move_root' });
  const oldParent = await visibleNode(data, node.parentId);
  const newParent = await visibleNode(data, input.newParentId).catch(() => {
    throw invalid({ newParentId: 'errors.parent_not_found' });
  });
  if (wouldCreateCycle(node.path, newParent.path)) {
    throw invalid({ newParentId: 'errors.move_cycle' });
  }
  if (childLevelOf(newParent.level) !== node.level) {
    throw invalid({ newParentId: 'errors.parent_wrong_level' });
  }
  if (newParent.validTo) throw invalid({ newParentId: 'errors.parent_closed' });
  if (newParent.id === oldParent.id) return node;
  const updated = await data.orgUnitWrites.update(node.id, input.version, {
    parentId: newParent.id,
  });
  if (!updated) throw conflict();
  await data.orgUnitWrites.rewriteSubtreePaths(node.path, newParent.path);
  const moved = await visibleNode(data, node.id).catch(() => {
    throw notFound();
  });
  await data.audit({
    action: 'org_unit.move',
    entityType: 'orgUnit',
    entityId: node.id,
    orgPath: moved.path,
    before: { parentId: oldParent.id, path: node.path },
    after: { parentId: newParent.id, path: moved.path, reason: input.reason },
  });
  return moved;
}
