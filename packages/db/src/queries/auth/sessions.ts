import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits, sessions, users } from '../../schema/index';
import { onceFor } from '../once-for';

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

/** The live session for a cookie token, with its user; refreshes the idle timer. */
export async function findSession(db: Executor, token: string, policy: SessionPolicy) {
  const idHash = hashToken(token);
  const now = Date.now();
  const rows = await sessionStatement(db).execute({
    idHash,
    now: new Date(now).toISOString(),
    idleCutoff: new Date(now - policy.idleMinutes * 60_000).toISOString(),
  });
  const session = rows[0];
  if (!session) return null;
  // Touch at most once a minute: idle expiry needs no finer grain than that.
  if (Date.now() - session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.idHash, idHash));
  }
  return session;
}
export type SessionRecord = NonNullable<Awaited<ReturnType<typeof findSession>>>;

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
