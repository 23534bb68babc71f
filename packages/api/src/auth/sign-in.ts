import {
  createSession,
  findSession,
  findUserForSignIn,
  forgetAttempts,
  markSignedIn,
  pruneAttemptCounters,
  recordAudit,
  refundAttempt,
  revokeSession,
} from '@cutover/db';
import type { Context } from '../context';
import { AppError } from '../errors';
import { attemptKeys, attemptLimits, countAttemptOrRefuse } from './limits';
import { verifyPassword } from './passwords';

export interface SignInResult {
  secondFactor: 'none' | 'verify' | 'enrol';
}

function actorOf(ctx: Context, user: { id: number; login: string } | null) {
  return {
    userId: user?.id ?? null,
    login: user?.login ?? null,
    requestId: ctx.request.requestId,
    clientIp: ctx.request.clientIp,
  };
}

/**
 * Password sign-in. Each attempt is counted per address and per account before the password
 * is checked, so parallel attempts cannot outrun the limits; a success gives its attempts
 * back. The password is checked outside any transaction (argon2 is slow and PGlite has one
 * connection); every checked outcome is audited; no message tells whether the account exists.
 */
export async function signIn(ctx: Context, login: string, password: string): Promise<SignInResult> {
  const { db } = ctx.deps.database;
  const addressKey = attemptKeys.passwordAddress(ctx.request.clientIp);
  const accountKey = attemptKeys.passwordAccount(login);
  await countAttemptOrRefuse(db, [
    { key: addressKey, max: attemptLimits.passwordPerAddress },
    { key: accountKey, max: attemptLimits.passwordPerAccount },
  ]);
  const user = await findUserForSignIn(db, login);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordAudit(db, actorOf(ctx, null), {
      action: 'auth.sign_in_failed',
      entityType: 'session',
      orgPath: user?.scopePath ?? null,
      after: { login: login.toLowerCase().slice(0, 200) },
    });
    await pruneAttemptCounters(db);
    throw new AppError('UNAUTHORIZED', 'errors.sign_in_failed');
  }
  const mustEnrol =
    ctx.deps.config.requireSecondFactorForAdmins &&
    (user.role === 'federal_admin' || user.role === 'regional_admin') &&
    !user.totpEnabledAt;
  const secondFactor = user.totpEnabledAt ? 'verify' : mustEnrol ? 'enrol' : 'none';
  const token = await db.transaction(async (tx) => {
    // A new session id at every sign-in: a token planted before sign-in is worthless.
    if (ctx.request.sessionToken) await revokeSession(tx, ctx.request.sessionToken);
    const created = await createSession(
      tx,
      user.id,
      {
        idleMinutes: ctx.deps.config.sessionIdleMinutes,
        absoluteHours: ctx.deps.config.sessionAbsoluteHours,
      },
      {
        clientIp: ctx.request.clientIp,
        userAgent: ctx.request.userAgent,
        secondFactorPending: secondFactor !== 'none',
      },
    );
    await forgetAttempts(tx, accountKey);
    await refundAttempt(tx, addressKey);
    await markSignedIn(tx, user.id);
    await recordAudit(tx, actorOf(ctx, user), {
      action: 'auth.sign_in',
      entityType: 'session',
      entityId: user.id,
      orgPath: user.scopePath,
      after: { secondFactor },
    });
    return created;
  });
  ctx.sessionCookie.set(token);
  return { secondFactor };
}

export async function signOut(ctx: Context) {
  const token = ctx.request.sessionToken;
  ctx.sessionCookie.clear();
  if (!token) return;
  const { db } = ctx.deps.database;
  const session = await findSession(db, token, {
    idleMinutes: ctx.deps.config.sessionIdleMinutes,
    absoluteHours: ctx.deps.config.sessionAbsoluteHours,
  });
  await db.transaction(async (tx) => {
    await revokeSession(tx, token);
    if (session) {
      await recordAudit(tx, actorOf(ctx, { id: session.userId, login: session.login }), {
        action: 'auth.sign_out',
        entityType: 'session',
        entityId: session.userId,
        orgPath: session.scopePath,
      });
    }
  });
}
