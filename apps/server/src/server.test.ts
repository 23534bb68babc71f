import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_SIZE } from './server';
import { signedInTestServer, signInOverHttp, TEST_ADMIN, webHeaders } from './testing';

let server: Awaited<ReturnType<typeof signedInTestServer>> | undefined;
let baseUrl: string;
let cookie: string;

beforeAll(async () => {
  server = await signedInTestServer();
  ({ baseUrl, cookie } = server);
}, 60_000);

afterAll(() => server?.close());

const trpcPost = (path: string, input: unknown, headers: Record<string, string> = webHeaders) =>
  fetch(`${baseUrl}/trpc/${path}`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({ json: input }),
  });

describe('HTTP hardening', () => {
  it('sets a session cookie that scripts cannot read and other sites do not send', async () => {
    const { response } = await signInOverHttp(baseUrl, TEST_ADMIN.login, TEST_ADMIN.password);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
  });

  it('sends security headers with a content security policy', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('refuses state-changing requests from another site', async () => {
    const foreign = await trpcPost('auth.signOut', null, {
      'content-type': 'application/json',
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    const crossSite = await trpcPost('auth.signOut', null, {
      'content-type': 'text/plain',
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    const bare = await trpcPost('auth.signOut', null, { 'content-type': 'text/plain' });
    expect(bare.status).toBe(403);
  });

  it('answers queries sent as POST, keeping searches out of URLs', async () => {
    const response = await fetch(`${baseUrl}/trpc/staff.list?batch=1`, {
      method: 'POST',
      headers: { ...webHeaders, cookie, 'x-http-method-override': 'GET' },
      body: JSON.stringify({ 0: { json: { page: 1, perPage: 5, filter: { q: 'Person' } } } }),
    });
    expect(response.status).toBe(200);
    const [body] = (await response.json()) as { result: { data: { json: { total: number } } } }[];
    expect(body?.result.data.json.total).toBeGreaterThan(0);
  });

  it('limits the size of a batch', async () => {
    const paths = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => 'auth.me').join(',');
    const response = await fetch(`${baseUrl}/trpc/${paths}?batch=1`, { headers: { cookie } });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses an interval that would overflow the database, naming it, with a correlation id', async () => {
    const response = await trpcPost('staff.list', {
      page: 1,
      perPage: 5,
      filter: { inactiveForDays: 2_147_483_647 },
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).toContain('"filter.inactiveForDays":"errors.invalid_days"');
    expect(text).toMatch(/"requestId":"[0-9a-f-]{36}"/);
    expect(text.toLowerCase()).not.toMatch(/select|interval|staff"|stack|drizzle/);
  });

  it('reports field errors for invalid input without internals', async () => {
    const response = await trpcPost('users.create', { login: 'x', role: 'nope' });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).toContain('errors.validation');
    expect(text).toContain('"role":"errors.invalid_field"');
    expect(text).not.toMatch(/zod|stack/i);
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(200);
  });
});
