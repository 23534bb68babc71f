import type { Scope, ScopedData } from '@cutover/db';
import type { userCreateSchema } from '@cutover/domain';
import type { z } from 'zod';
import { invalid, notFound } from '../errors';
import { assertCanGrant } from './grant';

/** Creates an account at a node within the caller's reach, with a role the caller may grant. */
export async function createUser(
  data: ScopedData,
  caller: Scope,
  passwordHash: string | null,
  input: z.infer<typeof userCreateSchema>,
) {
  const [node] = await data.orgUnits.byIds(undefined, [input.scopeOrgUnitId]);
  assertCanGrant(caller, input.role, node);
  if (!passwordHash) throw invalid({ password: 'errors.password_too_short' });
  const { password: _password, ...values } = input;
  const created = await data.users.create({ ...values, passwordHash });
  if (!created) throw notFound();
  await data.audit({
    action: 'user.create',
    entityType: 'user',
    entityId: created.id,
    orgPath: node?.path,
    after: values,
  });
  const [user] = await data.users.byIds([created.id]);
  return user;
}
