import type { ScopedData } from '@cutover/db';
import { isValidKindForLevel, type orgUnitUpdateSchema } from '@cutover/domain';
import type { z } from 'zod';
import { conflict, invalid } from '../errors';
import { snapshotOf, visibleNode } from './load';

export async function updateOrgUnit(data: ScopedData, input: z.infer<typeof orgUnitUpdateSchema>) {
  const before = await visibleNode(data, input.id);
  if (input.kind && !isValidKindForLevel(before.level, input.kind)) {
    throw invalid({ kind: 'errors.kind_level_mismatch' });
  }
  const { id, version, ...changes } = input;
  const updated = await data.orgUnitWrites.update(id, version, changes);
  if (!updated) throw conflict();
  const after = await visibleNode(data, id);
  await data.audit({
    action: 'org_unit.update',
    entityType: 'orgUnit',
    entityId: id,
    orgPath: after.path,
    before: snapshotOf(before),
    after: snapshotOf(after),
  });
  return after;
}
