import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits, sessions, users } from '../../schema/index';
import { onceFor } from '../once-for';
import type { SessionCache } from './session-cache';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Executor,
  userId: number,
  policy: SessionPolicy,
  details: { clientIp: string | null; userAgent: string | null; secondFactorPending: boolean },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    idHash: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + policy.absoluteHours * 3_600_000),
    clientIp: details.clientIp,
    userAgent: details.userAgent?.slice(0, 300) ?? null,
    secondFactorPending: details.secondFactorPending,
  });
  return token;
}

/**
 * The session look-up every request makes, built once per executor with placeholders so
 * its SQL text is not rebuilt per request; PostgreSQL prepares it once per connection.
 */
const sessionStatement = onceFor((db) =>
  db
    .select({
      idHash: sessions.idHash,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      secondFactorPending: sessions.secondFactorPending,
      userId: users.id,
      login: users.login,
      displayName: users.displayName,
      role: users.role,
      scopeNodeId: users.scopeOrgUnitId,
      scopePath: orgUnits.path,
      scopeName: orgUnits.name,
      totpEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, users.scopeOrgUnitId))
    .where(
      and(
        eq(sessions.idHash, sql.placeholder('idHash')),
        isNull(sessions.revokedAt),
        // Timestamps are sent as Drizzle sends a timestamptz column's Date: ISO 8601 text.
        gt(sessions.expiresAt, sql.placeholder('now')),
        gt(sessions.lastSeenAt, sql.placeholder('idleCutoff')),
        isNull(users.disabledAt),
      ),
    )
    .prepare('session_by_token'),
);

type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionStatement>['execute']>>[number];
export type SessionRecord = Readonly<SessionRow>;

/**
 * The live session for a cookie token, with its user; refreshes the idle timer. With a
 * cache (see session-cache.ts), a session it holds is checked against the clock only.
 */
export async function findSession(
  db: Executor,
  token: string,
  policy: SessionPolicy,
  cache?: SessionCache<SessionRecord>,
): Promise<SessionRecord | null> {
  const idHash = hashToken(token);
  const now = Date.now();
  const idleCutoff = now - policy.idleMinutes * 60_000;
  const held = cache?.get(idHash, now);
  if (held && held.expiresAt.getTime() > now && held.lastSeenAt.getTime() > idleCutoff) {
    return touchIfDue(db, idHash, held, now, cache);
  }
  const generation = cache?.generation ?? 0;
  const rows = await sessionStatement(db).execute({
    idHash,
    now: new Date(now).toISOString(),
    idleCutoff: new Date(idleCutoff).toISOString(),
  });
  const session = rows[0];
  if (!session) return null;
  cache?.put(idHash, Object.freeze(session), generation, now);
  return touchIfDue(db, idHash, session, now, cache);
}

// Touch at most once a minute: idle expiry needs no finer grain than that.
async function touchIfDue(
  db: Executor,
  idHash: string,
  session: SessionRecord,
  now: number,
  cache: SessionCache<SessionRecord> | undefined,
): Promise<SessionRecord> {
  if (now - session.lastSeenAt.getTime() <= 60_000) return session;
  const lastSeenAt = new Date(now);
  await db.update(sessions).set({ lastSeenAt }).where(eq(sessions.idHash, idHash));
  const touched = Object.freeze({ ...session, lastSeenAt });
  cache?.update(idHash, touched);
  return touched;
}

export async function revokeSession(db: Executor, token: string) {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.idHash, hashToken(token)), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(db: Executor, userId: number) {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

export async function completeSecondFactor(db: Executor, token: string) {
  await db
    .update(sessions)
    .set({ secondFactorPending: false })
    .where(eq(sessions.idHash, hashToken(token)));
}
