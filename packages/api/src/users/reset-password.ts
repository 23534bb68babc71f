import type { Scope, ScopedData } from '@cutover/db';
import type { passwordResetSchema } from '@cutover/domain';
import type { z } from 'zod';
import { conflict, invalid, notFound } from '../errors';
import { assertCanManage } from './grant';

/** Sets a new password for an account the caller manages and signs that account out. */
export async function resetPassword(
  data: ScopedData,
  caller: Scope,
  passwordHash: string | null,
  input: z.infer<typeof passwordResetSchema>,
) {
  const [target] = await data.users.byIds([input.id]);
  if (!target) throw notFound();
  assertCanManage(caller, target);
  if (!passwordHash) throw invalid({ password: 'errors.password_too_short' });
  const updated = await data.users.update(input.id, input.version, { passwordHash });
  if (!updated) throw conflict();
  await data.revokeSessionsOf(input.id);
  await data.audit({
    action: 'user.reset_password',
    entityType: 'user',
    entityId: input.id,
    orgPath: target.scopePath,
  });
  return { id: input.id, version: updated.version };
}
