import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashPassword } from '@cutover/api';
import { buildTree } from '@cutover/api/testing';
import { insertAccount } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import type { FastifyInstance } from 'fastify';
import superjson, { type SuperJSONResult } from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInOverHttp, startTestServer } from '../testing';
import { FIRST_SCREEN_BLOCK } from './first-screen';

let testDb: TestDatabase;
let app: FastifyInstance;
let baseUrl: string;
let cookie: string;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await buildTree(testDb.database);
  await insertAccount(testDb.database.db, {
    login: 'admin@test',
    displayName: 'Admin </script>',
    passwordHash: await hashPassword('a-long-password'),
    role: 'federal_admin',
    scopeOrgUnitId: 1,
    isDemo: false,
  });
  const dist = mkdtempSync(path.join(tmpdir(), 'cutover-dist-'));
  writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><head><title>Cutover</title></head>',
  );
  ({ app, baseUrl } = await startTestServer(testDb.database, { webDist: dist }));
  ({ cookie } = await signInOverHttp(baseUrl, 'admin@test', 'a-long-password'));
}, 60_000);

afterAll(async () => {
  await app?.close();
  await testDb?.drop();
});

const blockOf = (html: string) => {
  const match = html.match(
    new RegExp(`<script type="application/json" id="${FIRST_SCREEN_BLOCK}">([^<]*)</script>`),
  );
  return match ? (JSON.parse(match[1] ?? '') as { path: string; answer: SuperJSONResult }[]) : null;
};

describe('the page at / for a signed-in session', () => {
  it("carries the user and the dashboard's first answers, stored nowhere", async () => {
    const response = await fetch(`${baseUrl}/`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const html = await response.text();
    expect(html).not.toContain('Admin </script>');
    const answers = blockOf(html);
    expect(answers?.map((entry) => entry.path)).toContain('auth.me');
    expect(answers?.map((entry) => entry.path)).toContain('dashboard.summary');
    const me = answers?.find((entry) => entry.path === 'auth.me');
    expect(superjson.deserialize(me?.answer as SuperJSONResult)).toMatchObject({
      login: 'admin@test',
      displayName: 'Admin </script>',
    });
    expect(html).not.toContain(cookie.split('=')[1] ?? 'no cookie');
    expect(html).not.toMatch(/password|hash/i);
  });

  it('is the plain page, revalidated, without a session or with a dead one', async () => {
    for (const headers of [{}, { cookie: 'cutover_session=not-a-session' }] as Record<
      string,
      string
    >[]) {
      const response = await fetch(`${baseUrl}/`, { headers });
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(blockOf(await response.text())).toBeNull();
    }
  });
});
