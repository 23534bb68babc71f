import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminServer, openAdminServer } from './fuzz/admin-server';
import { leakIn } from './fuzz/leaks';
import { deeplyNested, encodeJson } from './fuzz/mutations';

let server: AdminServer;
beforeAll(async () => {
  server = await openAdminServer();
}, 60_000);
afterAll(() => server?.close());

const web = { 'content-type': 'application/json', 'x-cutover-client': 'web' };

async function call(path: string, input: unknown, query = false) {
  const cookie = await server.freshCookie();
  const response = await server.app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: { ...web, cookie, ...(query ? { 'x-http-method-override': 'GET' } : {}) },
    payload: encodeJson({ json: input }),
  });
  return { status: response.statusCode, body: response.body };
}

/** A 4xx that names the problem with an i18n key, and nothing internal. */
function expectRefused(answer: { status: number; body: string }, key: string | RegExp) {
  expect(answer.status, answer.body).toBeGreaterThanOrEqual(400);
  expect(answer.status, answer.body).toBeLessThan(500);
  expect(answer.body).toMatch(key);
  expect(leakIn(answer.body)).toBeNull();
}

const impossibleDates = ['2026-02-30', '0000-01-01', '9999-12-31', '1899-12-31', '2026-13-01'];
const NUL = 'a\u0000b';

describe('the inputs that answered 500 are refused with a 4xx naming the problem', () => {
  it('a malformed JSON body, signed in or not', async () => {
    for (const path of ['auth.signIn', 'staff.create']) {
      const response = await server.app.inject({
        method: 'POST',
        url: `/trpc/${path}`,
        headers: { ...web, cookie: await server.freshCookie() },
        payload: '{"json":{"login":"someone@example.org","password":',
      });
      expectRefused({ status: response.statusCode, body: response.body }, 'errors.malformed_body');
      expect(response.body).not.toContain('someone@example.org');
    }
  });

  it.each(impossibleDates)(
    'the impossible or out-of-range date %s, wherever a date goes',
    async (date) => {
      const dateError = /errors\.(?:invalid_date|date_out_of_range)/;
      expectRefused(await call('dashboard.summary', { asOf: date }, true), dateError);
      expectRefused(await call('dashboard.burnup', { waveId: 1, asOf: date }, true), dateError);
      expectRefused(
        await call('deadlines.create', {
          orgUnitId: 2,
          waveId: 1,
          deadline: date,
          reason: 'pilot order',
        }),
        dateError,
      );
      expectRefused(
        await call('orgUnits.close', { id: 301, version: 1, validTo: date, reason: 'closing it' }),
        dateError,
      );
      expectRefused(
        await call('orgUnits.create', {
          parentId: 30,
          kind: 'school',
          code: 'X-1',
          name: 'New',
          validFrom: date,
        }),
        dateError,
      );
      for (const key of ['from', 'to']) {
        expectRefused(await call('auditLog.list', { filter: { [key]: date } }, true), dateError);
      }
    },
  );

  it('NUL and other control characters in logins, searches, filters and names', async () => {
    const text = /errors\.invalid_text/;
    expectRefused(await call('auth.signIn', { login: NUL, password: 'a-long-password' }), text);
    expectRefused(await call('orgUnits.search', { q: NUL }, true), text);
    expectRefused(await call('staff.list', { filter: { q: NUL } }, true), text);
    expectRefused(await call('auditLog.list', { filter: { actor: NUL } }, true), text);
    expectRefused(await call('auditLog.list', { filter: { entityType: 'a\u0007' } }, true), text);
    expectRefused(
      await call('staff.create', { orgUnitId: 301, fullName: NUL, role: 'teacher' }),
      text,
    );
    expectRefused(
      await call('savedFilters.create', { resource: 'staff', name: NUL, filter: {} }),
      text,
    );
    expectRefused(
      await call('savedFilters.create', { resource: 'staff', name: 'x', filter: { q: NUL } }),
      text,
    );
  });

  it('a prototype key as a sort field', async () => {
    for (const field of ['__proto__', 'constructor', 'toString']) {
      expectRefused(
        await call('staff.list', { sort: { field, order: 'ASC' } }, true),
        /errors\.invalid_sort/,
      );
    }
  });

  it('an interval that overflows', async () => {
    for (const days of [2_147_483_647, 1e20, -1]) {
      expectRefused(
        await call('staff.list', { filter: { inactiveForDays: days } }, true),
        /errors\.invalid_days/,
      );
    }
  });

  it('a saved filter nested thousands of levels deep', async () => {
    for (const shape of ['object', 'array'] as const) {
      expectRefused(
        await call('savedFilters.create', {
          resource: 'staff',
          name: `deep ${shape}`,
          filter: { columns: deeplyNested(5_000, shape) },
        }),
        /errors\.too_deep/,
      );
      expectRefused(
        await call('staff.list', { filter: { q: deeplyNested(5_000, shape) } }, true),
        /"filter\.q":"errors\.invalid_field"/,
      );
    }
  });

  it('ids beyond the integer range, in procedures and in routes', async () => {
    expectRefused(await call('staff.byId', { id: 99_999_999_999 }, true), /errors\.validation/);
    expectRefused(await call('staff.byIds', { ids: [1e20] }, true), /errors\.validation/);
    for (const id of ['99999999999999999999', '2147483648', '1e3', '0x10', '-1', '1.5', 'abc']) {
      const response = await server.app.inject({
        method: 'GET',
        url: `/api/imports/${id}/errors.csv`,
        headers: { cookie: await server.freshCookie() },
      });
      expectRefused({ status: response.statusCode, body: response.body }, 'errors.not_found');
    }
  });

  it('multipart bodies with extra files or fields, a bad boundary or none', async () => {
    const file = (field: string, name = 'staff.csv') =>
      `--B0\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\nexternal_id\r\n`;
    const field = (name: string) =>
      `--B0\r\nContent-Disposition: form-data; name="${name}"\r\n\r\nvalue\r\n`;
    const upload = async (body: string, contentType: string) => {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/imports',
        headers: {
          'x-cutover-client': 'web',
          'content-type': contentType,
          cookie: await server.freshCookie(),
        },
        payload: body,
      });
      return { status: response.statusCode, body: response.body };
    };
    const multipart = 'multipart/form-data; boundary=B0';
    const malformed = /imports\.errors\.malformed_upload/;
    expectRefused(
      await upload(`${file('file')}${file('orgs')}${file('users')}--B0--\r\n`, multipart),
      malformed,
    );
    expectRefused(
      await upload(
        `${[1, 2, 3, 4, 5, 6].map((i) => field(`f${i}`)).join('')}--B0--\r\n`,
        multipart,
      ),
      malformed,
    );
    expectRefused(
      await upload(`${file('file')}--B0--\r\n`, 'multipart/form-data; boundary=OTHER'),
      malformed,
    );
    expectRefused(await upload(`${file('file')}--B0--\r\n`, 'multipart/form-data'), malformed);
    expectRefused(await upload(file('file').slice(0, 60), multipart), malformed);
    expectRefused(
      await upload(`${file('file', 'a\u0000b.csv')}--B0--\r\n`, multipart),
      /errors\.invalid_text/,
    );
    const trpc = await server.app.inject({
      method: 'POST',
      url: '/trpc/staff.create',
      headers: {
        'x-cutover-client': 'web',
        'content-type': multipart,
        cookie: await server.freshCookie(),
      },
      payload: `${field('json')}--B0--\r\n`,
    });
    expectRefused({ status: trpc.statusCode, body: trpc.body }, 'errors.unsupported_media_type');
  });
});
