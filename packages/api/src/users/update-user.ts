import type { Scope, ScopedData } from '@cutover/db';
import type { userUpdateSchema } from '@cutover/domain';
import type { z } from 'zod';
import { conflict, notFound } from '../errors';
import { assertCanGrant, assertCanManage } from './grant';

/** Changes display name, role, scope or the disabled flag, within what the caller holds. */
export async function updateUser(
  data: ScopedData,
  caller: Scope,
  input: z.infer<typeof userUpdateSchema>,
) {
  const [target] = await data.users.byIds([input.id]);
  if (!target) throw notFound();
  assertCanManage(caller, target);
  const role = input.role ?? target.role;
  const scopeId = input.scopeOrgUnitId ?? target.scopeOrgUnitId;
  if (input.role !== undefined || input.scopeOrgUnitId !== undefined) {
    const [node] = await data.orgUnits.byIds(undefined, [scopeId]);
    assertCanGrant(caller, role, node);
  }
  const disabledAt = input.disabled === undefined ? undefined : input.disabled ? new Date() : null;
  const updated = await data.users.update(input.id, input.version, {
    ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
    ...(input.role !== undefined ? { role } : {}),
    ...(input.scopeOrgUnitId !== undefined ? { scopeOrgUnitId: scopeId } : {}),
    ...(disabledAt !== undefined ? { disabledAt } : {}),
  });
  if (!updated) throw conflict();
  if (disabledAt) await data.revokeSessionsOf(input.id);
  const [after] = await data.users.byIds([input.id]);
  await data.audit({
    action: disabledAt
      ? 'user.disable'
      : disabledAt === null && target.disabledAt
        ? 'user.enable'
        : 'user.update',
    entityType: 'user',
    entityId: input.id,
    orgPath: target.scopePath,
    before: {
      displayName: target.displayName,
      role: target.role,
      scopeOrgUnitId: target.scopeOrgUnitId,
      disabledAt: target.disabledAt,
    },
    after: after && {
      displayName: after.displayName,
      role: after.role,
      scopeOrgUnitId: after.scopeOrgUnitId,
      disabledAt: after.disabledAt,
    },
  });
  return after;
}
