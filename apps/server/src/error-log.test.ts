import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminServer, openAdminServer } from './fuzz/admin-server';
import { createLogger } from './logger';

interface LogLine {
  level: number;
  msg?: string;
  reqId?: string;
  requestId?: string;
  err?: { type?: string; query?: string; paramCount?: number; message?: string };
}

const written: string[] = [];
let server: AdminServer;

beforeAll(async () => {
  const logger = createLogger('info', { write: (line: string) => void written.push(line) });
  server = await openAdminServer({ logger: logger as never });
}, 60_000);
afterAll(() => server?.close());

const web = { 'content-type': 'application/json', 'x-cutover-client': 'web' };

async function post(path: string, body: string, signedIn = true) {
  const cookie = signedIn ? { cookie: await server.freshCookie() } : {};
  const before = written.length;
  const response = await server.app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: { ...web, ...cookie },
    payload: body,
  });
  const lines = written.slice(before).map((line) => JSON.parse(line) as LogLine);
  return { response, lines, text: written.slice(before).join('') };
}

describe('the log never holds the personal data of a failed query or a refused input', () => {
  it('a refused input is logged as info, by field path only', async () => {
    const login = 'ivan.secret@example.org\u0000';
    const { response, lines, text } = await post(
      'auth.signIn',
      JSON.stringify({ json: { login, password: 'a-long-password' } }),
      false,
    );
    expect(response.statusCode).toBe(400);
    expect(lines.find((line) => line.msg === 'input refused')).toMatchObject({ level: 30 });
    expect(Math.max(...lines.map((line) => line.level))).toBeLessThan(50);
    expect(text).not.toContain('ivan.secret');
  });

  it('a body that is not JSON is refused with 400, and the log does not quote it', async () => {
    const { response, lines, text } = await post(
      'auth.signIn',
      '{"json":{"login":"olga.hidden@example.org","password":',
      false,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('errors.malformed_body');
    expect(response.body).not.toContain('olga.hidden');
    expect(Math.max(...lines.map((line) => line.level))).toBeLessThan(50);
    expect(text).not.toContain('olga.hidden');
  });

  it('a query sent as GET is logged without its input', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { filter: { q: 'Кузнецова' } } }));
    const before = written.length;
    const response = await server.app.inject({
      method: 'GET',
      url: `/trpc/staff.list?input=${input}`,
      headers: { cookie: await server.freshCookie() },
    });
    expect(response.statusCode).toBe(200);
    const text = written.slice(before).join('');
    expect(text).toContain('/trpc/staff.list');
    expect(text).not.toContain('input=');
    expect(text).not.toContain(input.slice(0, 20));
  });

  it('a failed query is logged as an error with its SQL, never its parameters', async () => {
    // The failure a deployment could meet: a column the query needs is not there.
    await server.testDb.owner.db.execute(
      sql.raw('alter table staff rename column full_name to full_name_gone'),
    );
    try {
      const search = await post(
        'staff.list',
        JSON.stringify({ json: { filter: { q: 'Мария Личная' } } }),
      );
      expect(search.response.statusCode).toBe(500);
      expect(search.response.body).toContain('errors.internal');
      expect(search.text).not.toMatch(/мария|личная/i);
      const failed = search.lines.find((line) => line.msg === 'procedure failed');
      expect(failed).toMatchObject({
        level: 50,
        err: { type: 'DrizzleQueryError', message: 'Failed query' },
      });
      expect(failed?.err?.query).toMatch(/select/i);
      expect(failed?.err?.paramCount).toBeGreaterThan(0);

      const create = await post(
        'staff.create',
        JSON.stringify({
          json: {
            orgUnitId: 301,
            fullName: 'Пётр Секретов',
            role: 'teacher',
            phone: '+7 912 345-67-89',
          },
        }),
      );
      expect(create.response.statusCode).toBe(500);
      expect(create.lines.some((line) => line.level === 50)).toBe(true);
      expect(create.text).not.toMatch(/Секретов|912.?345|9123456789/);
    } finally {
      await server.testDb.owner.db.execute(
        sql.raw('alter table staff rename column full_name_gone to full_name'),
      );
    }
  });
});
