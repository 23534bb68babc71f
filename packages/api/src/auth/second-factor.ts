import {
  completeSecondFactor,
  enableTotp,
  recordAudit,
  type SessionRecord,
  storePendingTotpSecret,
  totpSecretOf,
} from '@cutover/db';
import type { Context } from '../context';
import { AppError } from '../errors';
import { newTotpSecret, totpKeyUri, verifyTotpCode } from './totp';

function actor(ctx: Context, session: SessionRecord) {
  return {
    userId: session.userId,
    login: session.login,
    requestId: ctx.request.requestId,
    clientIp: ctx.request.clientIp,
  };
}

/** Starts enrolment: a fresh secret the user adds to an authenticator app. */
export async function startEnrolment(ctx: Context, session: SessionRecord) {
  if (session.totpEnabled) throw new AppError('CONFLICT', 'errors.totp_already_enabled');
  const secret = newTotpSecret();
  await storePendingTotpSecret(ctx.deps.database.db, session.userId, secret);
  return { secret, uri: totpKeyUri(session.login, secret) };
}

/** Checks a code: confirms enrolment, or completes a sign-in that owes its second factor. */
export async function verifySecondFactor(
  ctx: Context,
  session: SessionRecord,
  token: string,
  code: string,
) {
  const { db } = ctx.deps.database;
  const stored = await totpSecretOf(db, session.userId);
  if (!stored?.secret || !verifyTotpCode(stored.secret, code)) {
    await recordAudit(db, actor(ctx, session), {
      action: 'auth.second_factor_failed',
      entityType: 'session',
      entityId: session.userId,
      orgPath: session.scopePath,
    });
    throw new AppError('VALIDATION', 'errors.totp_invalid', { code: 'errors.totp_invalid' });
  }
  await db.transaction(async (tx) => {
    if (!stored.enabledAt) await enableTotp(tx, session.userId);
    await completeSecondFactor(tx, token);
    await recordAudit(tx, actor(ctx, session), {
      action: stored.enabledAt ? 'auth.second_factor' : 'auth.second_factor_enrolled',
      entityType: 'session',
      entityId: session.userId,
      orgPath: session.scopePath,
    });
  });
}
