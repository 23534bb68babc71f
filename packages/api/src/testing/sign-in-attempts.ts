import { type Database, insertAccount } from '@cutover/db';
import { TRPCError } from '@trpc/server';
import { hashPassword } from '../auth/passwords';
import type { ApiDeps } from '../context';
import { appRouter } from '../router';
import { createCallerFactory } from '../trpc';
import { type CookieJar, contextFor } from './callers';

export const PASSWORD = 'correct-horse-battery';

export const TOO_MANY = { code: 'TOO_MANY_REQUESTS', message: 'errors.too_many_attempts' };
export const SIGN_IN_FAILED = { code: 'UNAUTHORIZED', message: 'errors.sign_in_failed' };

/** A district admin (scope: the fixture tree's node 30) whose password is PASSWORD. */
export async function addAccount(database: Database, login: string) {
  return insertAccount(database.db, {
    login,
    displayName: login,
    passwordHash: await hashPassword(PASSWORD),
    role: 'district_admin',
    scopeOrgUnitId: 30,
    isDemo: false,
  });
}

/** The code and message a call failed with; throws when it did not fail. */
export async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the call to fail');
}

const createCaller = createCallerFactory(appRouter);

/** A browser at `clientIp` that keeps its session cookie in `jar`. */
export function callerFrom(deps: ApiDeps, clientIp: string, jar: CookieJar = {}) {
  const context = contextFor(deps, jar);
  context.request.clientIp = clientIp;
  return createCaller(context);
}

export function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
