import { insertAccount, schema } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP, generateTOTP } from '@oslojs/otp';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserCaller, type CookieJar, testDeps } from '../testing/callers';
import { buildTree } from '../testing/tree-fixture';
import { hashPassword } from './passwords';

let testDb: TestDatabase;
const PASSWORD = 'correct-horse-battery';

async function addUser(login: string, role: 'federal_admin' | 'district_admin' = 'district_admin') {
  return insertAccount(testDb.database.db, {
    login,
    displayName: login,
    passwordHash: await hashPassword(PASSWORD),
    role,
    scopeOrgUnitId: role === 'federal_admin' ? 1 : 30,
    isDemo: false,
  });
}

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the call to fail');
}

function session(config = {}) {
  const jar: CookieJar = {};
  return { jar, api: browserCaller(testDeps(testDb.database, config), jar) };
}

beforeAll(async () => {
  testDb = await openTestDatabase();
  await buildTree(testDb.database);
}, 60_000);

afterAll(() => testDb?.drop());

describe('password sign-in', () => {
  it('signs in, sets a fresh session cookie and answers me with role and scope', async () => {
    await addUser('anna@test');
    const { jar, api } = session();
    expect(await api.auth.signIn({ login: 'ANNA@test', password: PASSWORD })).toEqual({
      secondFactor: 'none',
    });
    expect(jar.token).toMatch(/^[\w-]{40,}$/);
    const me = await api.auth.me();
    expect(me).toMatchObject({ login: 'anna@test', role: 'district_admin', scope: { id: 30 } });
    const [stored] = await testDb.database.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.userId, me.id));
    expect(stored?.idHash).not.toBe(jar.token);
  });

  it('answers a wrong password and an unknown account with the same message', async () => {
    await addUser('boris@test');
    const wrong = await errorOf(
      session().api.auth.signIn({ login: 'boris@test', password: 'nope-nope-nope' }),
    );
    const unknown = await errorOf(
      session().api.auth.signIn({ login: 'nobody@test', password: 'nope-nope-nope' }),
    );
    expect(wrong).toEqual({ code: 'UNAUTHORIZED', message: 'errors.sign_in_failed' });
    expect(unknown).toEqual(wrong);
  });

  it('locks an account after five failures, even for the right password, and the same for unknown logins', async () => {
    await addUser('vera@test');
    for (let i = 0; i < 5; i++) {
      await errorOf(
        session().api.auth.signIn({ login: 'vera@test', password: `bad-password-${i}` }),
      );
      await errorOf(
        session().api.auth.signIn({ login: 'ghost@test', password: `bad-password-${i}` }),
      );
    }
    const locked = await errorOf(
      session().api.auth.signIn({ login: 'vera@test', password: PASSWORD }),
    );
    const ghost = await errorOf(
      session().api.auth.signIn({ login: 'ghost@test', password: PASSWORD }),
    );
    expect(locked).toEqual({ code: 'TOO_MANY_REQUESTS', message: 'errors.too_many_attempts' });
    expect(ghost).toEqual(locked);
    await testDb.database.db.execute(sql`delete from attempt_counters`);
  });

  it('rotates the session at sign-in and revokes it at sign-out', async () => {
    await addUser('gleb@test');
    const { jar, api } = session();
    await api.auth.signIn({ login: 'gleb@test', password: PASSWORD });
    const first = jar.token;
    await api.auth.signIn({ login: 'gleb@test', password: PASSWORD });
    expect(jar.token).not.toBe(first);
    const stale = browserCaller(testDeps(testDb.database), { token: first });
    expect(await errorOf(stale.auth.me())).toMatchObject({ code: 'UNAUTHORIZED' });
    const current = jar.token;
    await api.auth.signOut();
    expect(jar.token).toBeUndefined();
    const after = browserCaller(testDeps(testDb.database), { token: current });
    expect(await errorOf(after.auth.me())).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('expires sessions on idle and absolute timeouts, and when the account is disabled', async () => {
    const user = await addUser('daria@test');
    const { api } = session();
    await api.auth.signIn({ login: 'daria@test', password: PASSWORD });
    await api.auth.me();
    const { sessions } = schema;
    await testDb.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.userId, user.id));
    expect(await errorOf(api.auth.me())).toMatchObject({ code: 'UNAUTHORIZED' });

    await api.auth.signIn({ login: 'daria@test', password: PASSWORD });
    await testDb.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, user.id));
    expect(await errorOf(api.auth.me())).toMatchObject({ code: 'UNAUTHORIZED' });

    await api.auth.signIn({ login: 'daria@test', password: PASSWORD });
    await testDb.database.db
      .update(schema.users)
      .set({ disabledAt: new Date() })
      .where(eq(schema.users.id, user.id));
    expect(await errorOf(api.auth.me())).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await errorOf(api.auth.signIn({ login: 'daria@test', password: PASSWORD }))).toEqual({
      code: 'UNAUTHORIZED',
      message: 'errors.sign_in_failed',
    });
  });

  it('audits sign-in, failure and sign-out', async () => {
    const user = await addUser('egor@test');
    const { api } = session();
    await errorOf(api.auth.signIn({ login: 'egor@test', password: 'wrong-password' }));
    await api.auth.signIn({ login: 'egor@test', password: PASSWORD });
    await api.auth.signOut();
    const rows = await testDb.database.db
      .select({ action: schema.auditLog.action, actor: schema.auditLog.actorUserId })
      .from(schema.auditLog)
      .where(
        sql`${schema.auditLog.after}->>'login' = 'egor@test' or ${schema.auditLog.actorUserId} = ${user.id}`,
      );
    expect(rows.map((r) => r.action)).toEqual([
      'auth.sign_in_failed',
      'auth.sign_in',
      'auth.sign_out',
    ]);
  });
});

describe('TOTP second factor', () => {
  const codeFor = (secret: string) => generateTOTP(decodeBase32IgnorePadding(secret), 30, 6);
  // The next time step's code: the current one is spent once used (see second-factor-limits).
  const nextCodeFor = (secret: string) =>
    generateHOTP(decodeBase32IgnorePadding(secret), BigInt(Math.floor(Date.now() / 30_000) + 1), 6);

  it('enrols, then requires the code at every sign-in', async () => {
    await addUser('zoya@test');
    const { api } = session();
    await api.auth.signIn({ login: 'zoya@test', password: PASSWORD });
    const { secret, uri } = await api.auth.startTotpEnrolment();
    expect(uri).toContain('otpauth://totp/');
    expect(
      await errorOf(
        api.auth.verifyTotp({ code: '000000' === codeFor(secret) ? '111111' : '000000' }),
      ),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'errors.totp_invalid',
    });
    await api.auth.verifyTotp({ code: codeFor(secret) });
    expect((await api.auth.me()).totpEnabled).toBe(true);

    const next = session();
    expect(await next.api.auth.signIn({ login: 'zoya@test', password: PASSWORD })).toEqual({
      secondFactor: 'verify',
    });
    expect(await errorOf(next.api.auth.me())).toMatchObject({
      message: 'errors.second_factor_required',
    });
    await next.api.auth.verifyTotp({ code: nextCodeFor(secret) });
    expect((await next.api.auth.me()).login).toBe('zoya@test');
  });

  it('makes federal admins enrol when the deployment requires it', async () => {
    await addUser('fed@test', 'federal_admin');
    const { api } = session({ requireSecondFactorForAdmins: true });
    expect(await api.auth.signIn({ login: 'fed@test', password: PASSWORD })).toEqual({
      secondFactor: 'enrol',
    });
    expect(await errorOf(api.auth.me())).toMatchObject({
      message: 'errors.second_factor_required',
    });
    const { secret } = await api.auth.startTotpEnrolment();
    await api.auth.verifyTotp({ code: codeFor(secret) });
    expect((await api.auth.me()).role).toBe('federal_admin');
  });
});
