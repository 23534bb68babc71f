import type { ScopedData } from '@cutover/db';
import type { institutionMergeSchema, orgUnitCloseSchema } from '@cutover/domain';
import type { z } from 'zod';
import { conflict, invalid } from '../errors';
import { visibleNode, visibleNodeBelowScope } from './load';

/**
 * Closes a unit: it stays in history and "as of" views, and leaves current lists. Like a
 * move, it needs the right over the unit's parent: nobody closes their own scope node.
 */
export async function closeOrgUnit(data: ScopedData, input: z.infer<typeof orgUnitCloseSchema>) {
  const node = await visibleNodeBelowScope(data, input.id);
  if (node.validTo) throw invalid({ validTo: 'errors.already_closed' });
  if (input.validTo < node.validFrom) throw invalid({ validTo: 'errors.closes_before_opening' });
  if (node.childCount > 0) throw invalid({ validTo: 'errors.has_open_children' });
  const updated = await data.orgUnitWrites.update(node.id, input.version, {
    validTo: input.validTo,
  });
  if (!updated) throw conflict();
  await data.audit({
    action: 'org_unit.close',
    entityType: 'orgUnit',
    entityId: node.id,
    orgPath: node.path,
    before: { validTo: null },
    after: { validTo: input.validTo, reason: input.reason },
  });
  return visibleNode(data, node.id);
}

/**
 * Merges an institution into another: staff and chats move, the source closes. Closing the
 * source needs the right over its parent, as closing it alone would.
 */
export async function mergeInstitution(
  data: ScopedData,
  input: z.infer<typeof institutionMergeSchema>,
) {
  const source = await visibleNodeBelowScope(data, input.id);
  const target = await visibleNode(data, input.targetId).catch(() => {
    throw invalid({ targetId: 'errors.target_not_found' });
  });
  if (source.level !== 'institution' || target.level !== 'institution') {
    throw invalid({ targetId: 'errors.merge_institutions_only' });
  }
  if (source.id === target.id) throw invalid({ targetId: 'errors.merge_into_itself' });
  if (source.validTo || target.validTo) throw invalid({ targetId: 'errors.already_closed' });
  const updated = await data.orgUnitWrites.update(source.id, input.version, {
    validTo: input.validTo,
    mergedIntoId: target.id,
  });
  if (!updated) throw conflict();
  const moved = await data.orgUnitWrites.moveMembers(source.id, target.id);
  await data.audit({
    action: 'org_unit.merge',
    entityType: 'orgUnit',
    entityId: source.id,
    orgPath: source.path,
    before: { validTo: null },
    after: { mergedIntoId: target.id, validTo: input.validTo, reason: input.reason, moved },
  });
  return visibleNode(data, target.id);
}
