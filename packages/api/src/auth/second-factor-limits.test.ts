import { enableTotp, schema, storePendingTotpSecret } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiDeps } from '../context';
import type { CookieJar } from '../testing/callers';
import { testDeps } from '../testing/callers';
import { addAccount, callerFrom, errorOf, PASSWORD, TOO_MANY } from '../testing/sign-in-attempts';
import { buildTree } from '../testing/tree-fixture';
import { newTotpSecret, totpStepOf } from './totp';

// Counts every code check, the step the limits must guard.
vi.mock('./totp', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./totp')>();
  return { ...actual, totpStepOf: vi.fn(actual.totpStepOf) };
});
const checks = vi.mocked(totpStepOf);

const INVALID = { code: 'BAD_REQUEST', message: 'errors.totp_invalid' };

let testDb: TestDatabase;
let deps: ApiDeps;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await buildTree(testDb.database);
  deps = testDeps(testDb.database);
}, 60_000);

afterAll(() => testDb?.drop());

afterEach(() => {
  checks.mockClear();
});

/** An account with TOTP enrolled (no code spent yet), and its secret. */
async function enrolledAccount(login: string) {
  const user = await addAccount(testDb.database, login);
  const secret = newTotpSecret();
  await storePendingTotpSecret(testDb.database.db, user.id, secret);
  await enableTotp(testDb.database.db, user.id);
  return { user, secret };
}

/** A browser that has passed the password and now owes its code. */
async function pendingSignIn(login: string) {
  const jar: CookieJar = {};
  const api = callerFrom(deps, '10.0.5.1', jar);
  expect(await api.auth.signIn({ login, password: PASSWORD })).toEqual({ secondFactor: 'verify' });
  return api;
}

const currentStep = () => Math.floor(Date.now() / 30_000);
const codeAt = (secret: string, step: number) =>
  generateHOTP(decodeBase32IgnorePadding(secret), BigInt(step), 6);

/** Codes that match no step near now, so each is wrong for the whole test. */
function wrongCodes(secret: string, count: number) {
  const now = currentStep();
  const valid = new Set([-3, -2, -1, 0, 1, 2, 3].map((d) => codeAt(secret, now + d)));
  const codes: string[] = [];
  for (let n = 100_003; codes.length < count; n += 7_919) {
    const code = String(n % 1_000_000).padStart(6, '0');
    if (!valid.has(code)) codes.push(code);
  }
  return codes;
}

async function failuresAudited(userId: number) {
  const rows = await testDb.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.auditLog)
    .where(
      and(
        eq(schema.auditLog.actorUserId, userId),
        eq(schema.auditLog.action, 'auth.second_factor_failed'),
      ),
    );
  return rows[0]?.n ?? 0;
}

/** Lets the account's second-factor windows run out, as if they began 16 minutes ago. */
async function letWindowsPass() {
  await testDb.database.db
    .update(schema.attemptCounters)
    .set({ windowStartedAt: sql`now() - interval '16 minutes'` })
    .where(like(schema.attemptCounters.key, 'totp:%'));
}

describe('second-factor limits under parallel attempts', () => {
  it('checks at most five of 50 parallel wrong codes in a sign-in, then refuses even the right code until a new sign-in', async () => {
    const { user, secret } = await enrolledAccount('totp-flood@test');
    const api = await pendingSignIn('totp-flood@test');
    const outcomes = await Promise.all(
      wrongCodes(secret, 50).map((code) => errorOf(api.auth.verifyTotp({ code }))),
    );
    expect(await failuresAudited(user.id)).toBe(5);
    expect(checks).toHaveBeenCalledTimes(5);
    expect(outcomes.filter((o) => o.message === INVALID.message)).toHaveLength(5);
    expect(outcomes.filter((o) => o.message === TOO_MANY.message)).toHaveLength(45);

    const code = codeAt(secret, currentStep());
    expect(await errorOf(api.auth.verifyTotp({ code }))).toEqual(TOO_MANY);
    expect(await errorOf(api.auth.me())).toMatchObject({
      message: 'errors.second_factor_required',
    });

    const next = await pendingSignIn('totp-flood@test');
    await next.auth.verifyTotp({ code });
    expect((await next.auth.me()).login).toBe('totp-flood@test');
  });

  it('checks at most ten codes per account across sign-ins, until the window passes', async () => {
    const { user, secret } = await enrolledAccount('totp-spread@test');
    const sessions = await Promise.all([1, 2, 3].map(() => pendingSignIn('totp-spread@test')));
    const codes = wrongCodes(secret, 15);
    await Promise.all(
      sessions.map((api, s) =>
        Promise.all(
          codes.slice(s * 5, s * 5 + 5).map((code) => errorOf(api.auth.verifyTotp({ code }))),
        ),
      ),
    );
    expect(await failuresAudited(user.id)).toBe(10);
    expect(checks).toHaveBeenCalledTimes(10);

    const last = await pendingSignIn('totp-spread@test');
    const code = codeAt(secret, currentStep());
    expect(await errorOf(last.auth.verifyTotp({ code }))).toEqual(TOO_MANY);
    await letWindowsPass();
    await last.auth.verifyTotp({ code });
    expect((await last.auth.me()).login).toBe('totp-spread@test');
  });
});

describe('each code is good once', () => {
  it('refuses a code already used, in another sign-in, and any older code', async () => {
    const { secret } = await enrolledAccount('totp-replay@test');
    const first = await pendingSignIn('totp-replay@test');
    const second = await pendingSignIn('totp-replay@test');
    const step = currentStep();
    await first.auth.verifyTotp({ code: codeAt(secret, step) });
    expect((await first.auth.me()).login).toBe('totp-replay@test');

    expect(await errorOf(second.auth.verifyTotp({ code: codeAt(secret, step) }))).toEqual(INVALID);
    expect(await errorOf(second.auth.verifyTotp({ code: codeAt(secret, step - 1) }))).toEqual(
      INVALID,
    );
    expect(await errorOf(second.auth.me())).toMatchObject({
      message: 'errors.second_factor_required',
    });
    await second.auth.verifyTotp({ code: codeAt(secret, step + 1) });
    expect((await second.auth.me()).login).toBe('totp-replay@test');
  });

  it('lets exactly one of five parallel uses of one code through', async () => {
    const { secret } = await enrolledAccount('totp-race@test');
    const sessions = await Promise.all([1, 2, 3, 4, 5].map(() => pendingSignIn('totp-race@test')));
    const code = codeAt(secret, currentStep());
    const results = await Promise.allSettled(sessions.map((api) => api.auth.verifyTotp({ code })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const signedIn = await Promise.allSettled(sessions.map((api) => api.auth.me()));
    expect(signedIn.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});
