import { appRouter, createCallerFactory } from '@cutover/api';
import { testDeps } from '@cutover/api/testing';
import {
  createSession,
  type Database,
  findNodeByCode,
  followAuthChanges,
  insertAccount,
  SessionCache,
  type SessionRecord,
  userExists,
} from '@cutover/db';
import type { Role } from '@cutover/domain';

/**
 * The session cache as the server keeps it (apps/server/src/session-cache.ts): filled by
 * look-ups, emptied by the database's auth-change notifications. Stop it before closing.
 */
export async function serverSessionCache(database: Database) {
  const cache = new SessionCache<SessionRecord>(15_000);
  const stop = await followAuthChanges(database, cache);
  return { cache, stop };
}

/**
 * A signed-in caller of the real router (no HTTP), as a user of the given role and scope;
 * with `sessionCache`, its session is looked up as the server looks it up.
 */
export async function benchCaller(
  database: Database,
  role: Role,
  scopeCode: string,
  sessionCache?: SessionCache<SessionRecord>,
) {
  const node = await findNodeByCode(database.db, scopeCode);
  if (!node) throw new Error(`no node ${scopeCode}: seed the national country first`);
  const login = `bench-${role}-${scopeCode.toLowerCase()}@bench`;
  if (!(await userExists(database.db, login))) {
    await insertAccount(database.db, {
      login,
      displayName: login,
      passwordHash: 'unused',
      role,
      scopeOrgUnitId: node.id,
      isDemo: false,
    });
  }
  const [user] = await database.db.query.users.findMany({
    where: (u, { eq }) => eq(u.login, login),
  });
  if (!user) throw new Error('bench account missing');
  const token = await createSession(
    database.db,
    user.id,
    { idleMinutes: 600, absoluteHours: 12 },
    { clientIp: '127.0.0.1', userAgent: 'bench', secondFactorPending: false },
  );
  const deps = { ...testDeps(database), sessionCache };
  return createCallerFactory(appRouter)({
    deps,
    request: { requestId: 'bench', clientIp: '127.0.0.1', userAgent: 'bench', sessionToken: token },
    sessionCookie: { set: () => {}, clear: () => {} },
  });
}
