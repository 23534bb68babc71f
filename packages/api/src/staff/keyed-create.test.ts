import { queryRows } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';
import { auditSince, failure, lastAuditId } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let district: Caller;
let federal: Caller;

const person = (name: string, idempotencyKey: string) => ({
  orgUnitId: tree.byCode('T-R0M0S0').id,
  fullName: name,
  role: 'teacher' as const,
  idempotencyKey,
});

const countNamed = async (name: string) => {
  const [row] = await queryRows<{ n: number }>(
    testDb.database.db,
    sql`select count(*)::int as n from staff where full_name = ${name}`,
  );
  return row?.n ?? 0;
};

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: district }, { caller: federal }],
  } = await openTreeDatabase(
    { name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' },
    { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' },
  ));
}, 60_000);

afterAll(() => testDb?.drop());

describe('keyed staff create', () => {
  it('50 concurrent replays of one key make one record, audited once, and all get it', async () => {
    const since = await lastAuditId(testDb.database);
    const input = person('Повторов Пётр', 'key-concurrent-0001');
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => district.staff.create(input)),
    );
    const ids = new Set(answers.map((answer) => answer.id));
    expect(ids.size).toBe(1);
    expect(await countNamed('Повторов Пётр')).toBe(1);
    const audits = await auditSince(testDb.database, 'staff', since);
    expect(audits.map((row) => row.action)).toEqual(['staff.create']);
  });

  it('a later replay returns the same record as it is now', async () => {
    const input = person('Поздний Павел', 'key-later-0001');
    const first = await district.staff.create(input);
    const updated = await district.staff.update({
      id: first.id,
      version: first.version,
      fullName: 'Поздний Павел Петрович',
    });
    const again = await district.staff.create(input);
    expect(again).toMatchObject({ id: first.id, version: updated.version });
  });

  it('the same key with other input is a conflict and creates nothing', async () => {
    await district.staff.create(person('Первый Фёдор', 'key-reused-0001'));
    const refused = await failure(district.staff.create(person('Второй Фёдор', 'key-reused-0001')));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'errors.idempotency_key_reused' });
    expect(await countNamed('Второй Фёдор')).toBe(0);
  });

  it('keys belong to an account: another account with the same key creates its own', async () => {
    const a = await district.staff.create(person('Общий Ключ', 'key-shared-0001'));
    const b = await federal.staff.create(person('Общий Ключ', 'key-shared-0001'));
    expect(b.id).not.toBe(a.id);
    expect(await countNamed('Общий Ключ')).toBe(2);
  });

  it('a refused create leaves the key free for a corrected retry', async () => {
    const bad = { ...person('Ошибкин Олег', 'key-retry-0001'), phone: 'not a phone' };
    expect((await failure(district.staff.create(bad))).code).toBe('BAD_REQUEST');
    const fixed = await district.staff.create({ ...bad, phone: '+79123456780' });
    expect(fixed.phone).toBe('+79123456780');
  });

  it('refuses a malformed key', async () => {
    const refused = await failure(district.staff.create(person('Ключ Кривой', 'bad key!')));
    expect(refused.code).toBe('BAD_REQUEST');
  });
});
