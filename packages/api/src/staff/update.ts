import type { ScopedData } from '@cutover/db';
import type { staffUpdateSchema } from '@cutover/domain';
import type { z } from 'zod';
import { conflict } from '../errors';
import { normaliseContacts } from './contacts';
import { placementUnit, snapshotOf, visiblePerson } from './load';

export async function updateStaff(data: ScopedData, input: z.infer<typeof staffUpdateSchema>) {
  const before = await visiblePerson(data, input.id);
  if (input.role && input.role !== before.role) {
    // A new role must still fit the unit the person sits in.
    await placementUnit(data, before.orgUnitId, input.role, 'role');
  }
  const changes = {
    ...(input.fullName === undefined ? {} : { fullName: input.fullName }),
    ...(input.role === undefined ? {} : { role: input.role }),
    ...normaliseContacts(input),
  };
  const updated = await data.staffWrites.update(input.id, input.version, changes);
  if (!updated) throw conflict();
  const after = await visiblePerson(data, input.id);
  await data.audit({
    action: 'staff.update',
    entityType: 'staff',
    entityId: input.id,
    orgPath: after.orgUnitPath,
    before: snapshotOf(before),
    after: snapshotOf(after),
  });
  return after;
}
