import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInTestServer, TEST_ADMIN, webHeaders } from './testing';

let server: Awaited<ReturnType<typeof signedInTestServer>> | undefined;
let baseUrl: string;
let cookie: string;

beforeAll(async () => {
  server = await signedInTestServer();
  ({ baseUrl, cookie } = server);
}, 60_000);

afterAll(() => server?.close());

/** The raw answer: status, headers as sent (fetch hides how a body was framed) and body. */
function rawCall(path: string, method: 'GET' | 'POST' | 'HEAD', body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const url = new URL(`${baseUrl}/trpc/${path}`);
      const request = httpRequest(
        url,
        {
          method,
          headers: {
            ...webHeaders,
            cookie,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
          });
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
          );
        },
      );
      request.on('error', reject);
      request.end(body);
    },
  );
}

const listInput = { page: 1, perPage: 5, sort: { field: 'fullName', order: 'ASC' }, filter: {} };

describe('the tRPC route', () => {
  it('sends an answer whole, with its length and content type, not in chunks', async () => {
    const answer = await rawCall('staff.list', 'POST', JSON.stringify({ json: listInput }));
    expect(answer.status).toBe(200);
    expect(answer.headers['transfer-encoding']).toBeUndefined();
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers.vary).toBe('trpc-accept, accept');
    // Security headers still go on API answers.
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const parsed = JSON.parse(answer.body) as { result: { data: { json: { total: number } } } };
    expect(parsed.result.data.json.total).toBeGreaterThan(0);
  });

  it('answers a batch call by call: a refusal beside a success, with the status of both', async () => {
    const input = encodeURIComponent(
      JSON.stringify({ 0: { json: listInput }, 1: { json: { id: 'not a number' } } }),
    );
    const answer = await rawCall(`staff.list,staff.byId?batch=1&input=${input}`, 'GET');
    // tRPC's rule for a mixed batch: 207 Multi-Status.
    expect(answer.status).toBe(207);
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
    const [list, refused] = JSON.parse(answer.body) as [
      { result?: { data: { json: { data: unknown[] } } } },
      { error?: { json: { data: { code: string; appCode: string } } } },
    ];
    expect(list.result?.data.json.data.length).toBeGreaterThan(0);
    expect(refused.error?.json.data.code).toBe('BAD_REQUEST');
    expect(refused.error?.json.data.appCode).toBe('VALIDATION');
  });

  it('keeps Date values typed on the wire and sets cookies a procedure asks for', async () => {
    const signIn = await fetch(`${baseUrl}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { ...webHeaders, 'content-type': 'application/json' },
      body: JSON.stringify({ json: { login: TEST_ADMIN.login, password: TEST_ADMIN.password } }),
    });
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('set-cookie')).toMatch(/^cutover_session=[^;]+;/);
    const answer = await rawCall('staff.list', 'POST', JSON.stringify({ json: listInput }));
    const { meta } = JSON.parse(answer.body).result.data as { meta?: { values: object } };
    expect(Object.values(meta?.values ?? {})).toContainEqual(['Date']);
  });

  it('answers HEAD with no body and an unknown procedure with 404', async () => {
    expect((await rawCall('auth.me', 'HEAD')).status).toBe(204);
    const missing = await rawCall('no.such', 'GET');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('NOT_FOUND');
  });
});
