import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../../client';
import { users } from '../../schema/index';

export async function totpSecretOf(db: Executor, userId: number) {
  const rows = await db
    .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId));
  return rows[0] ?? null;
}

export async function storePendingTotpSecret(db: Executor, userId: number, secret: string) {
  await db
    .update(users)
    .set({ totpSecret: secret, totpEnabledAt: null })
    .where(eq(users.id, userId));
}

export async function enableTotp(db: Executor, userId: number) {
  await db.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, userId));
}

/**
 * Spends the TOTP time step of an accepted code: true for exactly one caller per step, and
 * never for a step at or before one already spent, however many ask at once (the row lock
 * makes a parallel caller re-read the spent step and match nothing).
 */
export async function spendTotpStep(db: Executor, userId: number, step: number) {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}
