import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminServer, openAdminServer } from './admin-server';
import { leakIn } from './leaks';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_612);
const RUNS = Number(process.env.FUZZ_CASES ?? 40);

let server: AdminServer;
beforeAll(async () => {
  server = await openAdminServer({ importMaxBytes: 64 * 1024 });
}, 60_000);
afterAll(() => server?.close());

interface RawRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  signedIn: boolean;
}

async function problemsOf(request: RawRequest): Promise<string[]> {
  const headers = { ...request.headers };
  if (request.signedIn) headers.cookie = await server.freshCookie();
  const response = await server.app.inject({
    method: request.method,
    url: request.url,
    headers,
    ...(request.body === undefined ? {} : { payload: request.body }),
  });
  const label = `${request.method} ${request.url.slice(0, 120)} ${JSON.stringify(headers['content-type'] ?? '')} ${JSON.stringify(request.body?.slice(0, 160) ?? '')}`;
  const problems: string[] = [];
  if (response.statusCode >= 500) {
    problems.push(`${label}: HTTP ${response.statusCode} ${response.body.slice(0, 200)}`);
  }
  if (/"httpStatus":5\d\d/.test(response.body)) problems.push(`${label}: a call answered 5xx`);
  const leak = leakIn(response.body);
  if (leak) problems.push(`${label}: the body shows ${leak}: ${response.body.slice(0, 200)}`);
  return problems;
}

const web = { 'x-cutover-client': 'web' };
const validBodies = [
  '{"json":{"login":"someone@example.org","password":"a-long-password"}}',
  '{"0":{"json":{"page":1,"perPage":5,"filter":{"q":"Иванова"}}},"1":{"json":{"id":1}}}',
  '{"json":{"orgUnitId":301,"fullName":"Анна Иванова","role":"teacher"}}',
];

/** A valid JSON body, then cut short, spliced with a stray character, or replaced outright. */
const brokenJson = fc.oneof(
  fc
    .record({ body: fc.constantFrom(...validBodies), at: fc.nat() })
    .map(({ body, at }) => body.slice(0, at % body.length)),
  fc
    .record({
      body: fc.constantFrom(...validBodies),
      at: fc.nat(),
      char: fc.constantFrom('{', '"', ',', ']', '\u0000', '\\'),
    })
    .map(
      ({ body, at, char }) => body.slice(0, at % body.length) + char + body.slice(at % body.length),
    ),
  fc.constantFrom(
    '',
    'null',
    '[]',
    '"json"',
    '{"json":',
    '{"0":',
    '{"__proto__":{"json":1}}',
    'NaN',
  ),
  fc.string({ maxLength: 40 }),
);

/** superjson envelopes whose meta asks for impossible or hostile revivals. */
const hostileEnvelope = fc.constantFrom(
  '{"json":"not a date","meta":{"values":["Date"]}}',
  '{"json":"12x","meta":{"values":["bigint"]}}',
  '{"json":"Infinity","meta":{"values":["number"]}}',
  '{"json":{"a":1},"meta":{"values":{"__proto__":["Date"]}}}',
  '{"json":{"a":1},"meta":{"values":{"a.__proto__.b":["Date"]}}}',
  '{"json":{"a":1},"meta":{"values":{"constructor.prototype":["Date"]}}}',
  '{"json":{"a":{}},"meta":{"values":{"a":[["custom","nope"]]}}}',
  '{"json":{"a":[]},"meta":{"values":{"a":["map"]}}}',
  '{"json":{"a":1},"meta":{"referentialEqualities":{"a":["__proto__"]}}}',
  '{"json":{"a":1},"meta":"x"}',
  '{"json":1,"meta":{"values":[["class","Foo"]]}}',
);

const trpcTargets = [
  { url: '/trpc/auth.signIn', signedIn: false, query: false },
  { url: '/trpc/staff.create', signedIn: true, query: false },
  { url: '/trpc/staff.list,staff.byId?batch=1', signedIn: true, query: true },
  { url: '/trpc/savedFilters.create', signedIn: true, query: false },
];

const trpcRequests = fc
  .record({
    target: fc.constantFrom(...trpcTargets),
    body: fc.oneof(brokenJson, hostileEnvelope),
    contentType: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
    ),
  })
  .map(
    ({ target, body, contentType }): RawRequest => ({
      method: 'POST',
      url: target.url,
      headers: {
        ...web,
        'content-type': contentType,
        ...(target.query ? { 'x-http-method-override': 'GET' } : {}),
      },
      body,
      signedIn: target.signedIn,
    }),
  );

const trpcGets = fc
  .record({
    path: fc.constantFrom(
      'staff.list',
      'staff.list,auditLog.list',
      'dashboard.summary',
      'nope.nothing',
    ),
    batch: fc.boolean(),
    input: fc.oneof(brokenJson, hostileEnvelope),
  })
  .map(
    ({ path, batch, input }): RawRequest => ({
      method: 'GET',
      url: `/trpc/${path}?${batch ? 'batch=1&' : ''}input=${encodeURIComponent(input)}`,
      headers: web,
      signedIn: true,
    }),
  );

const csv =
  'external_id,institution_code,full_name,role,phone,email,status\nF-1,T-R0M0S0,Анна,teacher,,,\n';

interface Part {
  field: string;
  file?: string;
  content: string;
}

const part = fc.oneof(
  fc.record({
    field: fc.constantFrom('file', 'orgs', 'users', 'other', '__proto__'),
    file: fc.constantFrom('staff.csv', 'a\u0000b.csv', '', '../../etc/passwd', 'x'.repeat(300)),
    content: fc.constantFrom(csv, '', 'sourcedId\n'),
  }),
  fc.record({ field: fc.constantFrom('note', 'file', 'x'), content: fc.constantFrom('v', '') }),
);

function multipartBody(parts: Part[], boundary: string): string {
  const chunks = parts.map((p) => {
    const disposition =
      p.file === undefined
        ? `form-data; name="${p.field}"`
        : `form-data; name="${p.field}"; filename="${p.file}"`;
    const type = p.file === undefined ? '' : '\r\nContent-Type: text/csv';
    return `--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n${p.content}\r\n`;
  });
  return `${chunks.join('')}--${boundary}--\r\n`;
}

const uploads = fc.oneof(
  fc
    .record({
      parts: fc.array(part, { maxLength: 8 }),
      header: fc.constantFrom(
        'multipart/form-data; boundary=B0UND',
        'multipart/form-data; boundary=WRONG',
        'multipart/form-data',
        'multipart/form-data; boundary=',
        'multipart/form-data; boundary="B0UND"; boundary=other',
      ),
      cut: fc.option(fc.nat({ max: 400 })),
    })
    .map(({ parts, header, cut }): RawRequest => {
      const body = multipartBody(parts, 'B0UND');
      return {
        method: 'POST',
        url: '/api/imports',
        headers: { ...web, 'content-type': header },
        body: cut === null ? body : body.slice(0, cut),
        signedIn: true,
      };
    }),
  fc
    .record({
      name: fc.constantFrom('staff.csv', 'a%00b.csv', '%1B%5B31m.csv', '', 'x'.repeat(500)),
      type: fc.constantFrom(
        'text/csv',
        'application/octet-stream',
        'application/json',
        'image/png',
      ),
      body: fc.constantFrom(csv, '', '{"json":', '\u0000\u0001binary'),
    })
    .map(
      ({ name, type, body }): RawRequest => ({
        method: 'POST',
        url: `/api/imports?name=${name}`,
        headers: { ...web, 'content-type': type },
        body,
        signedIn: true,
      }),
    ),
);

const reportDownloads = fc
  .constantFrom(
    '99999999999999999999',
    '2147483648',
    '2147483647',
    '0',
    '-1',
    '1e3',
    '0x10',
    '1.5',
    '%00',
    '__proto__',
    'NaN',
    'Infinity',
    ' 1',
  )
  .map(
    (id): RawRequest => ({
      method: 'GET',
      url: `/api/imports/${id}/errors.csv`,
      headers: {},
      signedIn: true,
    }),
  );

describe('the HTTP routes, fed malformed bodies, envelopes, uploads and ids', () => {
  it(`answers ${RUNS * 4} requests without a 5xx or an internal detail`, async () => {
    const started = Date.now();
    const requests = [
      ...fc.sample(trpcRequests, { seed: SEED, numRuns: RUNS }),
      ...fc.sample(trpcGets, { seed: SEED + 1, numRuns: RUNS }),
      ...fc.sample(uploads, { seed: SEED + 2, numRuns: RUNS }),
      ...fc.sample(reportDownloads, { seed: SEED + 3, numRuns: RUNS }),
    ];
    const problems: string[] = [];
    for (const request of requests) problems.push(...(await problemsOf(request)));
    expect(problems, `${problems.length} problems in ${requests.length} requests`).toEqual([]);
    // About 10-15 s alone; the bound catches a runaway, with room for a loaded CI machine.
    if (!process.env.FUZZ_CASES) expect((Date.now() - started) / 1000).toBeLessThan(60);
  }, 90_000);
});
