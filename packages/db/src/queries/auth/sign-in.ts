import { eq } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits, users } from '../../schema/index';

export async function findUserForSignIn(db: Executor, login: string) {
  const rows = await db
    .select({
      id: users.id,
      login: users.login,
      passwordHash: users.passwordHash,
      role: users.role,
      disabledAt: users.disabledAt,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      scopeOrgUnitId: users.scopeOrgUnitId,
      scopePath: orgUnits.path,
    })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.scopeOrgUnitId))
    .where(eq(users.login, login.toLowerCase()));
  return rows[0] ?? null;
}

export async function markSignedIn(db: Executor, userId: number) {
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
}
