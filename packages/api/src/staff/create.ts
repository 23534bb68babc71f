import type { ScopedData } from '@cutover/db';
import type { staffCreateSchema } from '@cutover/domain';
import type { z } from 'zod';
import { invalid } from '../errors';
import { keyedCreate } from '../idempotency';
import { normaliseContacts } from './contacts';
import { placementUnit, snapshotOf, visiblePerson } from './load';

type StaffCreate = z.infer<typeof staffCreateSchema>;

/** Creates a person; with an idempotency key, replays return that same person. */
export function createStaff(data: ScopedData, input: StaffCreate) {
  return keyedCreate(
    data,
    'staff.create',
    input,
    async () => {
      const person = await insertStaff(data, input);
      return { id: person.id, result: person };
    },
    (id) => visiblePerson(data, id),
  );
}

async function insertStaff(data: ScopedData, input: StaffCreate) {
  const unit = await placementUnit(data, input.orgUnitId, input.role, 'orgUnitId');
  const contacts = normaliseContacts(input);
  const id = await data.staffWrites.create({
    orgUnitId: unit.id,
    fullName: input.fullName,
    role: input.role,
    externalId: input.externalId ?? null,
    phone: contacts.phone ?? null,
    email: contacts.email ?? null,
  });
  if (!id) throw invalid({ orgUnitId: 'errors.unit_not_found' });
  const person = await visiblePerson(data, id);
  await data.audit({
    action: 'staff.create',
    entityType: 'staff',
    entityId: id,
    orgPath: person.orgUnitPath,
    after: snapshotOf(person),
  });
  return person;
}
