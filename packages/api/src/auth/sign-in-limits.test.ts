import { schema } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiDeps } from '../context';
import { testDeps } from '../testing/callers';
import {
  addAccount,
  callerFrom,
  deferred,
  errorOf,
  PASSWORD,
  SIGN_IN_FAILED,
  TOO_MANY,
} from '../testing/sign-in-attempts';
import { buildTree } from '../testing/tree-fixture';
import { verifyPassword } from './passwords';

// Counts (and can hold) every password check, the slow step the limits must guard.
vi.mock('./passwords', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./passwords')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const { verifyPassword: actualVerify } =
  await vi.importActual<typeof import('./passwords')>('./passwords');
const verify = vi.mocked(verifyPassword);

let testDb: TestDatabase;
let deps: ApiDeps;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await buildTree(testDb.database);
  deps = testDeps(testDb.database);
}, 60_000);

afterAll(() => testDb?.drop());

afterEach(() => {
  verify.mockImplementation(actualVerify);
  verify.mockClear();
});

const signIn = (clientIp: string, login: string, password: string) =>
  callerFrom(deps, clientIp).auth.signIn({ login, password });

const tally = (outcomes: { message: string }[]) =>
  outcomes.reduce<Record<string, number>>((counts, { message }) => {
    counts[message] = (counts[message] ?? 0) + 1;
    return counts;
  }, {});

/** Lets a limit window run out, as if its first attempt was 16 minutes ago. */
async function letWindowPass(key: string) {
  await testDb.database.db
    .update(schema.attemptCounters)
    .set({ windowStartedAt: sql`now() - interval '16 minutes'` })
    .where(eq(schema.attemptCounters.key, key));
}

describe('password limits under parallel attempts', () => {
  it('checks at most five of 30 parallel wrong passwords for an account, and refuses the right one among and after them', async () => {
    await addAccount(testDb.database, 'flood@test');
    // Wrong passwords wait at the check until released, so the right one arrives among them.
    const gate = deferred();
    let held = 0;
    verify.mockImplementation(async (hash, password) => {
      if (password !== PASSWORD) {
        held++;
        await gate.promise;
      }
      return actualVerify(hash, password);
    });
    let settled = 0;
    const wrong = Array.from({ length: 30 }, (_, i) =>
      errorOf(signIn(`10.0.1.${i % 3}`, 'flood@test', `wrong-password-${i}`)).finally(() => {
        settled++;
      }),
    );
    try {
      // Every attempt has been counted: held at the check, or refused before it.
      await vi.waitFor(() => expect(held + settled).toBe(30), { timeout: 10_000 });
      expect(await errorOf(signIn('10.0.1.99', 'flood@test', PASSWORD))).toEqual(TOO_MANY);
    } finally {
      gate.resolve();
    }
    const outcomes = await Promise.all(wrong);
    expect(verify).toHaveBeenCalledTimes(5);
    expect(tally(outcomes)).toEqual({ 'errors.sign_in_failed': 5, 'errors.too_many_attempts': 25 });
    expect(await errorOf(signIn('10.0.1.98', 'flood@test', PASSWORD))).toEqual(TOO_MANY);

    await letWindowPass('password:account:flood@test');
    expect(await signIn('10.0.1.98', 'flood@test', PASSWORD)).toEqual({ secondFactor: 'none' });
  });

  it('answers parallel attempts on an unknown account exactly as on a known one', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        errorOf(signIn('10.0.3.1', 'nobody-here@test', `wrong-password-${i}`)),
      ),
    );
    expect(verify).toHaveBeenCalledTimes(5);
    expect(tally(outcomes)).toEqual({ 'errors.sign_in_failed': 5, 'errors.too_many_attempts': 3 });
    expect(outcomes).toContainEqual(SIGN_IN_FAILED);
    expect(outcomes).toContainEqual(TOO_MANY);
  });

  it('checks at most 30 parallel attempts from one address, whatever accounts they name', async () => {
    await addAccount(testDb.database, 'office@test');
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        errorOf(signIn('10.0.2.1', `sprayed-${i}@test`, 'wrong-password')),
      ),
    );
    expect(verify).toHaveBeenCalledTimes(30);
    expect(tally(outcomes)).toEqual({
      'errors.sign_in_failed': 30,
      'errors.too_many_attempts': 10,
    });
    expect(await errorOf(signIn('10.0.2.1', 'office@test', PASSWORD))).toEqual(TOO_MANY);
    expect(await signIn('10.0.2.2', 'office@test', PASSWORD)).toEqual({ secondFactor: 'none' });
  });

  it('gives a successful sign-in its attempts back, as before', async () => {
    await addAccount(testDb.database, 'typo@test');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) {
        expect(await errorOf(signIn('10.0.4.1', 'typo@test', `wrong-password-${i}`))).toEqual(
          SIGN_IN_FAILED,
        );
      }
      expect(await signIn('10.0.4.1', 'typo@test', PASSWORD)).toEqual({ secondFactor: 'none' });
    }
    // An office behind one address: its colleagues' sign-ins do not use up its failures.
    await testDb.database.db
      .update(schema.attemptCounters)
      .set({ attempts: 29 })
      .where(eq(schema.attemptCounters.key, 'password:address:10.0.4.1'));
    for (let i = 0; i < 3; i++) {
      expect(await signIn('10.0.4.1', 'typo@test', PASSWORD)).toEqual({ secondFactor: 'none' });
    }
  });
});
