import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { orgUnits, signInFailures, users } from '../schema/index';

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

export async function recentFailures(
  db: Executor,
  login: string,
  clientIp: string,
  windowMinutes: number,
) {
  const since = new Date(Date.now() - windowMinutes * 60_000);
  const rows = await db
    .select({
      forLogin: sql<number>`count(*) filter (where ${signInFailures.login} = ${login.toLowerCase()})::int`,
      forAddress: sql<number>`count(*) filter (where ${signInFailures.clientIp} = ${clientIp})::int`,
    })
    .from(signInFailures)
    .where(
      and(
        gt(signInFailures.at, since),
        or(eq(signInFailures.login, login.toLowerCase()), eq(signInFailures.clientIp, clientIp)),
      ),
    );
  return rows[0] ?? { forLogin: 0, forAddress: 0 };
}

export async function recordFailure(db: Executor, login: string, clientIp: string) {
  await db.insert(signInFailures).values({ login: login.toLowerCase().slice(0, 200), clientIp });
  // Old failures only matter inside the window; keep the table small as we go.
  await db.delete(signInFailures).where(lt(signInFailures.at, new Date(Date.now() - 86_400_000)));
}

export async function clearFailures(db: Executor, login: string) {
  await db.delete(signInFailures).where(eq(signInFailures.login, login.toLowerCase()));
}

export async function markSignedIn(db: Executor, userId: number) {
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
}
