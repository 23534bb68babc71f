import { testDeps } from '@cutover/api/testing';
import type { Database } from '@cutover/db';
import { createServer } from './server';

/** A real server on a random local port over the given database. */
export async function startTestServer(database: Database, webDist?: string) {
  const app = await createServer({ deps: testDeps(database), secureCookies: false, webDist });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

export const webHeaders = { 'content-type': 'application/json', 'x-cutover-client': 'web' };

/** Signs in over HTTP and returns the session cookie to send back. */
export async function signInOverHttp(baseUrl: string, login: string, password: string) {
  const response = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: webHeaders,
    body: JSON.stringify({ json: { login, password } }),
  });
  const cookie = response.headers.get('set-cookie') ?? '';
  return { response, cookie: cookie.split(';')[0] ?? '' };
}
