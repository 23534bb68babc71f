import type { OrgUnitRecord, ScopedData, StaffRecord } from '@cutover/db';
import { type StaffRole, staffRoleFitsLevel } from '@cutover/domain';
import { invalid, notFound } from '../errors';

/** A person the caller can see, or "not found" (never "forbidden": no existence oracle). */
export async function visiblePerson(data: ScopedData, id: number): Promise<StaffRecord> {
  const [person] = await data.staff.byIds([id]);
  if (!person) throw notFound();
  return person;
}

/**
 * The unit a person is placed in: visible, open, and at a level that fits the role.
 * Refusals name `field`, the input that chose the unit; an out-of-scope unit reads as absent.
 */
export async function placementUnit(
  data: ScopedData,
  orgUnitId: number,
  role: StaffRole,
  field: string,
): Promise<OrgUnitRecord> {
  const [unit] = await data.orgUnits.byIds(undefined, [orgUnitId]);
  if (!unit) throw invalid({ [field]: 'errors.unit_not_found' });
  if (unit.validTo) throw invalid({ [field]: 'errors.unit_closed' });
  if (!staffRoleFitsLevel(role, unit.level))
    throw invalid({ [field]: 'errors.role_level_mismatch' });
  return unit;
}

export function snapshotOf(person: StaffRecord) {
  return {
    orgUnitId: person.orgUnitId,
    fullName: person.fullName,
    role: person.role,
    phone: person.phone,
    email: person.email,
    externalId: person.externalId,
    funnelStatus: person.funnelStatus,
    deactivatedAt: person.deactivatedAt,
  };
}
