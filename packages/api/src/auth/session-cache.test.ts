import {
  followAuthChanges,
  hashToken,
  queryRows,
  SessionCache,
  type SessionRecord,
  schema,
} from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import { browserCaller, type CookieJar, testDeps } from '../testing/callers';
import { addAccount, PASSWORD } from '../testing/sign-in-attempts';
import { buildTree } from '../testing/tree-fixture';

// The cache as the server runs it: filled by look-ups, emptied by the database's
// notifications (drizzle/0017) and by any write through the API, distrusted when deaf.
let testDb: TestDatabase;
let deps: ApiDeps;
let cache: SessionCache<SessionRecord>;
let stopListening: () => Promise<void>;
let accounts = 0;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await buildTree(testDb.database);
  cache = new SessionCache<SessionRecord>(60_000);
  stopListening = await followAuthChanges(testDb.database, cache);
  deps = { ...testDeps(testDb.database), sessionCache: cache };
}, 120_000);

afterAll(async () => {
  await stopListening?.();
  await testDb?.drop();
});

afterEach(async () => {
  // A test that cut the notifications off waits for them to be back.
  await until(() => cache.trusted);
});

async function until(condition: () => boolean | Promise<boolean>, limitMs = 10_000) {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function signedIn() {
  accounts++;
  const login = `cached-${accounts}@test`;
  const user = await addAccount(testDb.database, login);
  const jar: CookieJar = {};
  const api = browserCaller(deps, jar);
  await api.auth.signIn({ login, password: PASSWORD });
  const idHash = hashToken(jar.token ?? '');
  return { user, jar, api, idHash };
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

const refused = async (api: ReturnType<typeof browserCaller>) =>
  (await refusal(api.auth.me())) === 'UNAUTHORIZED';

describe('session cache', () => {
  it('holds a session after its first look-up and serves it again', async () => {
    const { api, idHash } = await signedIn();
    expect(cache.trusted).toBe(true);
    await api.auth.me();
    expect(cache.get(idHash)).not.toBeNull();
    const again = await api.auth.me();
    expect(again.login).toMatch(/^cached-/);
  });

  it('a sign-out through the API ends the session at once, cache or not', async () => {
    const { api, jar } = await signedIn();
    await api.auth.me();
    const token = jar.token;
    await api.auth.signOut();
    const stale = browserCaller(deps, { token });
    expect(await refusal(stale.auth.me())).toBe('UNAUTHORIZED');
  });

  it('a session revoked by another connection is refused once the database says so', async () => {
    const { api, idHash } = await signedIn();
    await api.auth.me();
    expect(cache.get(idHash)).not.toBeNull();
    await testDb.database.db
      .update(schema.sessions)
      .set({ revokedAt: new Date() })
      .where(eq(schema.sessions.idHash, idHash));
    // Delivered at commit; on PostgreSQL through the listening connection, within moments.
    await until(() => refused(api), 5_000);
    expect(cache.get(idHash)).toBeNull();
  });

  it('a disabled account, a changed role or a moved scope empties the cache', async () => {
    const changes = [
      (userId: number) =>
        testDb.database.db
          .update(schema.users)
          .set({ disabledAt: new Date() })
          .where(eq(schema.users.id, userId)),
      (userId: number) =>
        testDb.database.db
          .update(schema.users)
          .set({ role: 'school_admin' })
          .where(eq(schema.users.id, userId)),
      () =>
        testDb.database.db
          .update(schema.orgUnits)
          .set({ name: sql`${schema.orgUnits.name} || ' (renamed)'` })
          .where(eq(schema.orgUnits.id, 30)),
    ];
    for (const change of changes) {
      const { api, user, idHash } = await signedIn();
      await api.auth.me();
      expect(cache.get(idHash)).not.toBeNull();
      await change(user.id);
      await until(() => cache.get(idHash) === null, 5_000);
    }
    // The idle timer's touch changes nothing a look-up returns: it leaves the cache alone.
    const { api, idHash } = await signedIn();
    await api.auth.me();
    await testDb.database.db
      .update(schema.sessions)
      .set({ lastSeenAt: new Date() })
      .where(eq(schema.sessions.idHash, idHash));
    await api.auth.me();
    expect(cache.get(idHash)).not.toBeNull();
  });

  it('a look-up that raced an invalidation is not stored', () => {
    const local = new SessionCache<string>(60_000);
    local.setTrusted(true);
    const before = local.generation;
    local.invalidate();
    local.put('a', 'stale', before);
    expect(local.get('a')).toBeNull();
    local.put('a', 'fresh', local.generation);
    expect(local.get('a')).toBe('fresh');
  });

  it('entries age out, and the oldest go first when it is full', () => {
    const local = new SessionCache<string>(1_000, 2);
    local.setTrusted(true);
    local.put('a', 'A', local.generation, 0);
    local.put('b', 'B', local.generation, 10);
    local.put('c', 'C', local.generation, 20);
    expect(local.get('a', 30)).toBeNull();
    expect(local.get('b', 30)).toBe('B');
    expect(local.get('c', 1_019)).toBe('C');
    expect(local.get('c', 1_020)).toBeNull();
  });

  it('while the notifications are not heard it answers nothing, and trusts again once back', async () => {
    const { api, idHash } = await signedIn();
    await api.auth.me();
    if (testDb.database.engine === 'pglite') {
      // In-process PGlite cannot lose its listener: test the switch itself.
      cache.setTrusted(false);
      expect(cache.get(idHash)).toBeNull();
      cache.setTrusted(true);
      return;
    }
    const killed = await queryRows<{ killed: boolean }>(
      testDb.database.db,
      sql`select pg_terminate_backend(pid) as killed from pg_stat_activity
            where datname = current_database() and query = 'LISTEN cutover_auth_changed'`,
    );
    expect(killed.map((row) => row.killed)).toEqual([true]);
    await until(() => !cache.trusted, 5_000);
    // Deaf: a revocation now must still be seen at once.
    await testDb.database.db
      .update(schema.sessions)
      .set({ revokedAt: new Date() })
      .where(eq(schema.sessions.idHash, idHash));
    expect(await refused(api)).toBe(true);
    await until(() => cache.trusted, 10_000);
  }, 30_000);
});
