import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { attemptCounters } from '../../schema/index';

/**
 * Counts one attempt against `key` and returns how many the current window holds, this one
 * included. One upsert: parallel attempts queue on the counter row, so each sees a distinct
 * count and no more than a limit's worth can ever read a count within it. A window that has
 * run out starts again from this attempt.
 */
export async function countAttempt(
  db: Executor,
  key: string,
  windowMinutes: number,
): Promise<number> {
  const { windowStartedAt, attempts } = attemptCounters;
  const fresh = sql`${windowStartedAt} > now() - make_interval(mins => ${windowMinutes})`;
  const rows = await db
    .insert(attemptCounters)
    .values({ key, attempts: 1 })
    .onConflictDoUpdate({
      target: attemptCounters.key,
      set: {
        windowStartedAt: sql`case when ${fresh} then ${windowStartedAt} else now() end`,
        attempts: sql`case when ${fresh} then ${attempts} + 1 else 1 end`,
      },
    })
    .returning({ attempts });
  return rows[0]?.attempts ?? 1;
}

/** Gives back one attempt (one that turned out to succeed and should not count as a failure). */
export async function refundAttempt(db: Executor, key: string) {
  await db
    .update(attemptCounters)
    .set({ attempts: sql`greatest(${attemptCounters.attempts} - 1, 0)` })
    .where(eq(attemptCounters.key, key));
}

/** Forgets every attempt counted against `key`. */
export async function forgetAttempts(db: Executor, key: string) {
  await db.delete(attemptCounters).where(eq(attemptCounters.key, key));
}

/** Counters only matter inside their window; this keeps the table small as we go. */
export async function pruneAttemptCounters(db: Executor) {
  await db
    .delete(attemptCounters)
    .where(sql`${attemptCounters.windowStartedAt} < now() - interval '1 day'`);
}
