import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { users } from '../schema/index';

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
