import type { ScopedData } from '@cutover/db';
import type { staffStatusSchema } from '@cutover/domain';
import type { z } from 'zod';
import { conflict } from '../errors';
import { visiblePerson } from './load';

/**
 * Deactivates a person, or brings them back to the funnel stage their history shows.
 * Asking for the state a person is already in changes nothing and writes no audit row.
 */
export async function setStaffActive(
  data: ScopedData,
  input: z.infer<typeof staffStatusSchema>,
  active: boolean,
) {
  const before = await visiblePerson(data, input.id);
  if ((before.funnelStatus !== 'deactivated') === active) return before;
  const updated = active
    ? await data.staffWrites.reactivate(input.id, input.version)
    : await data.staffWrites.deactivate(input.id, input.version);
  if (!updated) throw conflict();
  const after = await visiblePerson(data, input.id);
  await data.audit({
    action: active ? 'staff.reactivate' : 'staff.deactivate',
    entityType: 'staff',
    entityId: input.id,
    orgPath: after.orgUnitPath,
    before: { funnelStatus: before.funnelStatus, deactivatedAt: before.deactivatedAt },
    after: { funnelStatus: after.funnelStatus, deactivatedAt: after.deactivatedAt },
  });
  return after;
}
