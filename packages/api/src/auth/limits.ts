import { countAttempt, type Executor } from '@cutover/db';
import { AppError } from '../errors';

/** How long a window of counted attempts lasts; a limit reached holds until it ends. */
export const ATTEMPT_WINDOW_MINUTES = 15;

/** Attempts allowed per window, each counted before its (slow or secret) check. */
export const attemptLimits = {
  passwordPerAccount: 5,
  passwordPerAddress: 30,
  secondFactorPerSignIn: 5,
  secondFactorPerAccount: 10,
} as const;

/** Counter keys: one per account, address or pending sign-in, and per kind of check. */
export const attemptKeys = {
  passwordAccount: (login: string) => `password:account:${login.toLowerCase()}`,
  passwordAddress: (clientIp: string) => `password:address:${clientIp}`,
  secondFactorSignIn: (sessionIdHash: string) => `totp:sign-in:${sessionIdHash}`,
  secondFactorAccount: (userId: number) => `totp:account:${userId}`,
};

export function tooManyAttempts() {
  return new AppError(
    'RATE_LIMITED',
    'errors.too_many_attempts',
    {},
    { minutes: ATTEMPT_WINDOW_MINUTES },
  );
}

/**
 * Counts this attempt against each limit in turn and refuses it at the first one exceeded
 * (later counters are left alone, so a refused caller cannot inflate them). Counting comes
 * first: however many attempts arrive at once, no more than the limit ever reach the check.
 */
export async function countAttemptOrRefuse(
  db: Executor,
  limits: ReadonlyArray<{ key: string; max: number }>,
) {
  for (const { key, max } of limits) {
    if ((await countAttempt(db, key, ATTEMPT_WINDOW_MINUTES)) > max) throw tooManyAttempts();
  }
}
