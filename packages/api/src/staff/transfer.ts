import type { ScopedData } from '@cutover/db';
import type { staffTransferSchema } from '@cutover/domain';
import type { z } from 'zod';
import { conflict, invalid } from '../errors';
import { placementUnit, visiblePerson } from './load';

/** Moves a person to another open institution; the caller needs scope over both ends. */
export async function transferStaff(data: ScopedData, input: z.infer<typeof staffTransferSchema>) {
  const before = await visiblePerson(data, input.id);
  const unit = await placementUnit(data, input.targetOrgUnitId, before.role, 'targetOrgUnitId');
  if (unit.level !== 'institution') {
    throw invalid({ targetOrgUnitId: 'errors.transfer_institutions_only' });
  }
  if (unit.id === before.orgUnitId) throw invalid({ targetOrgUnitId: 'errors.same_unit' });
  const updated = await data.staffWrites.update(input.id, input.version, { orgUnitId: unit.id });
  if (!updated) throw conflict();
  const after = await visiblePerson(data, input.id);
  await data.audit({
    action: 'staff.transfer',
    entityType: 'staff',
    entityId: input.id,
    orgPath: after.orgUnitPath,
    before: { orgUnitId: before.orgUnitId, orgUnitPath: before.orgUnitPath },
    after: { orgUnitId: after.orgUnitId, orgUnitPath: after.orgUnitPath },
  });
  return after;
}
