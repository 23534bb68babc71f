import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../client';
import { orgUnits, users } from '../schema/index';
import type { Scope } from './scope';

/** The caller's role and scope as stored now: a change of role or scope applies at once. */
export async function loadScope(db: Executor, userId: number): Promise<Scope | null> {
  const rows = await db
    .select({
      userId: users.id,
      login: users.login,
      role: users.role,
      nodeId: users.scopeOrgUnitId,
      path: orgUnits.path,
    })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.scopeOrgUnitId))
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  return rows[0] ?? null;
}
