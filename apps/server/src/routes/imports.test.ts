import { buildTree, testDeps } from '@cutover/api/testing';
import { createSession, insertAccount } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../server';

let testDb: TestDatabase;
let app: FastifyInstance;
let baseUrl: string;
let cookie: string;

const MAX_BYTES = 64 * 1024;
const csv = [
  'external_id,institution_code,full_name,role,phone,email,status',
  'H-1,T-R0M0S0,Иванова Анна,teacher,+7 912 000-00-01,,',
  'H-2,T-R0M0S0,"=HYPERLINK(""http://evil"")",teacher,,,',
].join('\n');

beforeAll(async () => {
  testDb = await openTestDatabase();
  const tree = await buildTree(testDb.database);
  const user = await insertAccount(testDb.database.db, {
    login: 'dis@test',
    displayName: 'District',
    passwordHash: 'not-used',
    role: 'district_admin',
    scopeOrgUnitId: tree.byCode('T-R0M0').id,
    isDemo: false,
  });
  const token = await createSession(
    testDb.database.db,
    user.id,
    { idleMinutes: 30, absoluteHours: 12 },
    { clientIp: '127.0.0.1', userAgent: 'vitest', secondFactorPending: false },
  );
  cookie = `cutover_session=${token}`;
  app = await createServer({
    deps: testDeps(testDb.database),
    secureCookies: false,
    importMaxBytes: MAX_BYTES,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 60_000);

afterAll(async () => {
  await app?.close();
  await testDb?.drop();
});

const post = (body: RequestInit['body'], headers: Record<string, string>) =>
  fetch(`${baseUrl}/api/imports?name=staff.csv`, { method: 'POST', body, headers });
const ours = () => ({ 'content-type': 'text/csv', 'x-cutover-client': 'web', cookie });

describe('POST /api/imports', () => {
  it('validates a raw CSV body and serves its per-row report with neutralised cells', async () => {
    const response = await post(csv, ours());
    expect(response.status).toBe(200);
    const report = (await response.json()) as { id: number; status: string; counts: object };
    expect(report).toMatchObject({ status: 'failed', counts: { rows: 2, error: 1 } });
    const download = await fetch(`${baseUrl}/api/imports/${report.id}/errors.csv`, {
      headers: { cookie },
    });
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await download.text()).split('\r\n')).toEqual([
      'row,field,message,text',
      '3,full_name,imports.errors.formula_cell,"The cell starts like a spreadsheet formula; it is not accepted."',
      '',
    ]);
  });

  it('takes the OneRoster pair as multipart from our own origin', async () => {
    const form = new FormData();
    form.append(
      'orgs',
      new Blob(['sourcedId,name,type,identifier,parentSourcedId\no1,S,school,T-R0M0S1,\n']),
      'orgs.csv',
    );
    form.append(
      'users',
      new Blob([
        'sourcedId,enabledUser,orgSourcedIds,role,givenName,familyName\nu1,true,o1,teacher,Анна,Орлова\n',
      ]),
      'users.csv',
    );
    const host = new URL(baseUrl).host;
    const response = await post(form, { origin: `http://${host}`, cookie });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ kind: 'oneroster', status: 'validated' });
  });

  it('refuses cross-site uploads', async () => {
    const attempts: Record<string, string>[] = [
      { 'content-type': 'text/csv', origin: 'https://evil.example', cookie },
      { 'content-type': 'text/csv', 'sec-fetch-site': 'cross-site', cookie },
      { 'content-type': 'text/csv', cookie },
    ];
    for (const headers of attempts) {
      expect((await post(csv, headers)).status).toBe(403);
    }
  });

  it('refuses unauthenticated uploads before reading them', async () => {
    const response = await post(csv, { ...ours(), cookie: 'cutover_session=forged' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { message: 'errors.unauthorized' } });
  });

  it('refuses a file over the limit with a clear error', async () => {
    const big = `${csv}\n${'x'.repeat(MAX_BYTES)}`;
    const response = await post(big, ours());
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { message: 'imports.errors.too_large' } });
    const streamed = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await fetch(`${baseUrl}/api/imports`, {
      method: 'POST',
      body: streamed,
      headers: ours(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });
});
