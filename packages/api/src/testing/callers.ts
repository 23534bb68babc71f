import { createSession, type Database, insertAccount } from '@cutover/db';
import type { ApiDeps, Context } from '../context';
import { appRouter } from '../router';
import { createCallerFactory } from '../trpc';
import type { Persona, Tree } from './tree-fixture';

export const testConfig = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  requireSecondFactorForAdmins: false,
  demoMode: false,
};

const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };

export function testDeps(database: Database, overrides: Partial<ApiDeps['config']> = {}): ApiDeps {
  return { database, config: { ...testConfig, ...overrides }, logger: silentLogger };
}

/** The browser's cookie, as the server last set it. */
export interface CookieJar {
  token?: string | undefined;
  /** The read-your-writes cookie (see read-routing.ts). */
  primaryUntil?: number | undefined;
}

export function contextFor(deps: ApiDeps, jar: CookieJar = {}): Context {
  return {
    deps,
    request: {
      requestId: 'test',
      clientIp: '127.0.0.1',
      userAgent: 'vitest',
      // Read at each call, like a browser sending its current cookie.
      get sessionToken() {
        return jar.token;
      },
    },
    sessionCookie: {
      set: (value) => {
        jar.token = value;
      },
      clear: () => {
        jar.token = undefined;
      },
    },
    readAfterWrite: {
      get primaryUntil() {
        return jar.primaryUntil;
      },
      wrote: (until) => {
        jar.primaryUntil = until;
      },
    },
  };
}

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/**
 * Creates an account for the persona (password hash irrelevant here) and a live session; the
 * caller and the context (what an HTTP route would build) send the same cookie.
 */
export async function signedInCaller(deps: ApiDeps, tree: Tree, persona: Persona) {
  const node = tree.byCode(persona.scopeCode);
  const user = await insertAccount(deps.database.db, {
    login: `${persona.name.replace(/\s+/g, '-').toLowerCase()}@test`,
    displayName: persona.name,
    passwordHash: 'not-used',
    role: persona.role,
    scopeOrgUnitId: node.id,
    isDemo: false,
  });
  const token = await createSession(
    deps.database.db,
    user.id,
    { idleMinutes: 30, absoluteHours: 12 },
    { clientIp: '127.0.0.1', userAgent: 'vitest', secondFactorPending: false },
  );
  const context = contextFor(deps, { token });
  return { user, node, caller: createCaller(context), context };
}
export type SignedIn = Awaited<ReturnType<typeof signedInCaller>>;

/** A caller that sends the jar's cookie, as a browser would on every request. */
export function browserCaller(deps: ApiDeps, jar: CookieJar) {
  return createCaller(contextFor(deps, jar));
}
