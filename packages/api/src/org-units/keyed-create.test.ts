import { queryRows } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSince, failure, lastAuditId } from '../staff/testing';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let district: Caller;
let federal: Caller;

const school = (code: string, idempotencyKey: string) => ({
  parentId: tree.byCode('T-R0M0').id,
  kind: 'preschool' as const,
  code,
  name: `Детский сад ${code}`,
  idempotencyKey,
});

const countCoded = async (code: string) => {
  const [row] = await queryRows<{ n: number }>(
    testDb.database.db,
    sql`select count(*)::int as n from org_units where code = ${code}`,
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

describe('keyed org unit create', () => {
  it('30 concurrent replays of one key make one unit, audited once, and all get it', async () => {
    const since = await lastAuditId(testDb.database);
    const input = school('KEY-PAR-1', 'unit-key-concurrent-1');
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => district.orgUnits.create(input)),
    );
    expect(new Set(answers.map((answer) => answer.id)).size).toBe(1);
    expect(await countCoded('KEY-PAR-1')).toBe(1);
    const audits = await auditSince(testDb.database, 'orgUnit', since);
    expect(audits.map((row) => row.action)).toEqual(['org_unit.create']);
    expect(audits[0]?.after).not.toHaveProperty('idempotencyKey');
  });

  it('a later replay returns the same unit as it is now', async () => {
    const input = school('KEY-LATE-1', 'unit-key-later-1');
    const first = await district.orgUnits.create(input);
    const updated = await district.orgUnits.update({
      id: first.id,
      version: first.version,
      name: 'Детский сад переименованный',
    });
    const again = await district.orgUnits.create(input);
    expect(again).toMatchObject({ id: first.id, version: updated.version });
  });

  it('the same key with other input is a conflict and creates nothing', async () => {
    await district.orgUnits.create(school('KEY-USE-1', 'unit-key-reused-1'));
    const refused = await failure(
      district.orgUnits.create(school('KEY-USE-2', 'unit-key-reused-1')),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'errors.idempotency_key_reused' });
    expect(await countCoded('KEY-USE-2')).toBe(0);
  });

  it('a staff create and a unit create under one key do not mix', async () => {
    await district.orgUnits.create(school('KEY-MIX-1', 'unit-key-mixed-1'));
    const refused = await failure(
      district.staff.create({
        orgUnitId: tree.byCode('T-R0M0S0').id,
        fullName: 'Смешанный Ключ',
        role: 'teacher',
        idempotencyKey: 'unit-key-mixed-1',
      }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'errors.idempotency_key_reused' });
  });

  it('keys belong to an account: another account with the same key creates its own', async () => {
    const a = await district.orgUnits.create(school('KEY-ACC-1', 'unit-key-shared-1'));
    const b = await federal.orgUnits.create(school('KEY-ACC-2', 'unit-key-shared-1'));
    expect(b.id).not.toBe(a.id);
  });
});
