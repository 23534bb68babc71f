import { testDeps } from '@cutover/api/testing';
import { schema } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server';
import { webHeaders } from './testing';

let testDb: TestDatabase;
const servers: FastifyInstance[] = [];

/** A real server on a random local port, believing X-Forwarded-For only from `trustedProxies`. */
async function serverTrusting(trustedProxies: string[]) {
  const app = await createServer({
    deps: testDeps(testDb.database),
    secureCookies: false,
    trustedProxies,
  });
  servers.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://127.0.0.1:${port}`;
}

const wrongSignIn = (baseUrl: string, login: string, forwardedFor: string) =>
  fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { ...webHeaders, 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ json: { login, password: 'wrong-password' } }),
  }).then((response) => response.status);

async function auditedAddresses(loginPattern: string) {
  const rows = await testDb.database.db
    .select({ clientIp: schema.auditLog.clientIp })
    .from(schema.auditLog)
    .where(sql`${schema.auditLog.after}->>'login' like ${loginPattern}`);
  return new Set(rows.map((r) => r.clientIp));
}

beforeAll(async () => {
  testDb = await openTestDatabase();
}, 60_000);

afterAll(async () => {
  for (const app of servers) await app.close();
  await testDb?.drop();
});

describe('the client address behind limits and the audit log', () => {
  it('ignores X-Forwarded-For from a client that is not a configured proxy', async () => {
    const baseUrl = await serverTrusting(['192.0.2.1']);
    // 31 attempts on different accounts, each claiming a different address.
    const statuses = await Promise.all(
      Array.from({ length: 31 }, (_, i) =>
        wrongSignIn(baseUrl, `rotating-${i}@test`, `198.51.100.${i + 1}`),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(await auditedAddresses('%rotating-%')).toEqual(new Set(['127.0.0.1']));
  });

  it('believes X-Forwarded-For from a configured proxy', async () => {
    const baseUrl = await serverTrusting(['10.255.0.0/16', '127.0.0.1']);
    const proxyAttempts = async () => {
      const [row] = await testDb.database.db
        .select({ attempts: schema.attemptCounters.attempts })
        .from(schema.attemptCounters)
        .where(eq(schema.attemptCounters.key, 'password:address:127.0.0.1'));
      return row?.attempts ?? 0;
    };
    const before = await proxyAttempts();
    expect(await wrongSignIn(baseUrl, 'proxied@test', '203.0.113.7')).toBe(401);
    expect(await auditedAddresses('%proxied@test%')).toEqual(new Set(['203.0.113.7']));
    const counters = await testDb.database.db
      .select({ attempts: schema.attemptCounters.attempts })
      .from(schema.attemptCounters)
      .where(
        inArray(schema.attemptCounters.key, [
          'password:address:203.0.113.7',
          'password:account:proxied@test',
        ]),
      );
    expect(counters.map((c) => c.attempts)).toEqual([1, 1]);
    expect(await proxyAttempts()).toBe(before);
  });
});
