import {
  completeSecondFactor,
  enableTotp,
  forgetAttempts,
  recordAudit,
  type SessionRecord,
  spendTotpStep,
  storePendingTotpSecret,
  totpSecretOf,
} from '@cutover/db';
import type { Context } from '../context';
import { AppError } from '../errors';
import { attemptKeys, attemptLimits, countAttemptOrRefuse } from './limits';
import { newTotpSecret, totpKeyUri, totpStepOf } from './totp';

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

/**
 * Checks a code: confirms enrolment, or completes a sign-in that owes its second factor.
 * Attempts are limited per pending sign-in and per account, counted before the check, and
 * each code is good once: its time step is spent in the transaction that accepts it.
 */
export async function verifySecondFactor(
  ctx: Context,
  session: SessionRecord,
  token: string,
  code: string,
) {
  const { db } = ctx.deps.database;
  const signInKey = attemptKeys.secondFactorSignIn(session.idHash);
  const accountKey = attemptKeys.secondFactorAccount(session.userId);
  await countAttemptOrRefuse(db, [
    { key: signInKey, max: attemptLimits.secondFactorPerSignIn },
    { key: accountKey, max: attemptLimits.secondFactorPerAccount },
  ]);
  const stored = await totpSecretOf(db, session.userId);
  const step = stored?.secret ? totpStepOf(stored.secret, code) : null;
  const accepted =
    step !== null &&
    (await db.transaction(async (tx) => {
      if (!(await spendTotpStep(tx, session.userId, step))) return false;
      if (!stored?.enabledAt) await enableTotp(tx, session.userId);
      await completeSecondFactor(tx, token);
      await forgetAttempts(tx, signInKey);
      await forgetAttempts(tx, accountKey);
      await recordAudit(tx, actor(ctx, session), {
        action: stored?.enabledAt ? 'auth.second_factor' : 'auth.second_factor_enrolled',
        entityType: 'session',
        entityId: session.userId,
        orgPath: session.scopePath,
      });
      return true;
    }));
  if (!accepted) {
    await recordAudit(db, actor(ctx, session), {
      action: 'auth.second_factor_failed',
      entityType: 'session',
      entityId: session.userId,
      orgPath: session.scopePath,
    });
    throw new AppError('VALIDATION', 'errors.totp_invalid', { code: 'errors.totp_invalid' });
  }
}
