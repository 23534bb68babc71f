import { schema } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';
import { auditSince, failure, lastAuditId } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let district: Caller;
let districtUserId: number;
let federal: Caller;

const person = (code: string, n: number) => ({
  orgUnitId: tree.byCode(code).id,
  fullName: `Иванова Анна ${n}`,
  role: 'teacher' as const,
});

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [
      {
        caller: district,
        user: { id: districtUserId },
      },
      { caller: federal },
    ],
  } = await openTreeDatabase(
    { name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' },
    { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' },
  ));
}, 60_000);

afterAll(() => testDb?.drop());

describe('creating staff', () => {
  it('normalises the phone and email, and audits the new record with its actor', async () => {
    const since = await lastAuditId(testDb.database);
    const created = await district.staff.create({
      ...person('T-R0M0S0', 1),
      phone: '8 (912) 345-67-89',
      email: ' Anna.Ivanova@School.RU ',
      externalId: 'ext-1',
    });
    expect(created).toMatchObject({
      phone: '+79123456789',
      email: 'anna.ivanova@school.ru',
      funnelStatus: 'not_invited',
      orgUnitPath: tree.byCode('T-R0M0S0').path,
      version: 1,
    });
    const [audit, ...more] = await auditSince(testDb.database, 'staff', since);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      action: 'staff.create',
      entity_id: String(created.id),
      org_path: tree.byCode('T-R0M0S0').path,
      actor_user_id: districtUserId,
      actor_login: 'dis@test',
      request_id: 'test',
      client_ip: '127.0.0.1',
    });
    expect(audit?.after).toMatchObject({ phone: '+79123456789', externalId: 'ext-1' });
  });

  it('names the field of an unreadable phone or email', async () => {
    expect(
      await failure(district.staff.create({ ...person('T-R0M0S0', 2), phone: '12-34' })),
    ).toEqual({
      code: 'BAD_REQUEST',
      message: 'errors.validation',
      fields: { phone: 'errors.invalid_phone' },
    });
    expect(
      await failure(
        district.staff.create({ ...person('T-R0M0S0', 2), phone: '+1 555 0100', email: 'x@y' }),
      ),
    ).toMatchObject({
      fields: { phone: 'errors.invalid_phone', email: 'errors.invalid_email' },
    });
  });

  it('refuses units outside the scope, closed units, roles that do not fit, and a taken external id', async () => {
    const refusal = (input: Parameters<Caller['staff']['create']>[0]) =>
      failure(district.staff.create(input)).then((f) => f.fields);
    expect(await refusal(person('T-R0M1S0', 3))).toEqual({ orgUnitId: 'errors.unit_not_found' });
    expect(await refusal({ ...person('T-R0M0S0', 3), orgUnitId: 1_999_999 })).toEqual({
      orgUnitId: 'errors.unit_not_found',
    });
    expect(await refusal({ ...person('T-R0M0S0', 3), role: 'ministry_officer' })).toEqual({
      orgUnitId: 'errors.role_level_mismatch',
    });
    expect(await refusal({ ...person('T-R0M0', 3), role: 'teacher' })).toEqual({
      orgUnitId: 'errors.role_level_mismatch',
    });
    const closed = tree.byCode('T-R0M0S1').id;
    await testDb.database.db
      .update(schema.orgUnits)
      .set({ validTo: '2020-01-01' })
      .where(eq(schema.orgUnits.id, closed));
    expect(await refusal({ ...person('T-R0M0S0', 3), orgUnitId: closed })).toEqual({
      orgUnitId: 'errors.unit_closed',
    });
    await testDb.database.db
      .update(schema.orgUnits)
      .set({ validTo: null })
      .where(eq(schema.orgUnits.id, closed));
    expect(await refusal({ ...person('T-R0M0S0', 3), externalId: 'ext-1' })).toEqual({
      externalId: 'errors.duplicate',
    });
  });

  it('places authority staff at their municipality', async () => {
    const created = await district.staff.create({
      orgUnitId: tree.byCode('T-R0M0').id,
      fullName: 'Петров Пётр',
      role: 'municipal_officer',
    });
    expect(created.orgUnitPath).toEqual(tree.byCode('T-R0M0').path);
  });
});

describe('editing staff', () => {
  it('updates name and contacts with the version read, and audits before and after', async () => {
    const created = await district.staff.create(person('T-R0M0S0', 10));
    const since = await lastAuditId(testDb.database);
    const updated = await district.staff.update({
      id: created.id,
      version: created.version,
      fullName: 'Иванова-Петрова Анна',
      phone: '+7 912 000 11 22',
      email: '',
    });
    expect(updated).toMatchObject({ fullName: 'Иванова-Петрова Анна', phone: '+79120001122' });
    expect(updated.version).toBe(created.version + 1);
    const [audit] = await auditSince(testDb.database, 'staff', since);
    expect(audit?.action).toBe('staff.update');
    expect(audit?.before).toMatchObject({ fullName: 'Иванова Анна 10', phone: null });
    expect(audit?.after).toMatchObject({ fullName: 'Иванова-Петрова Анна', email: null });

    expect(
      await failure(
        district.staff.update({ id: created.id, version: created.version, fullName: 'Stale' }),
      ),
    ).toEqual({ code: 'CONFLICT', message: 'errors.stale_version', fields: {} });
    expect(
      await failure(
        district.staff.update({
          id: updated.id,
          version: updated.version,
          role: 'municipal_officer',
        }),
      ),
    ).toMatchObject({ fields: { role: 'errors.role_level_mismatch' } });
  });

  it('answers not found for people outside the scope, whatever the procedure', async () => {
    const outside = await federal.staff.create(person('T-R1M0S0', 11));
    const id = outside.id;
    const version = outside.version;
    // Thunks, one at a time: each call opens its own transaction.
    const attempts = [
      () => district.staff.byId({ id }),
      () => district.staff.update({ id, version, fullName: 'Not mine' }),
      () => district.staff.deactivate({ id, version }),
      () => district.staff.reactivate({ id, version }),
      () => district.staff.transfer({ id, version, targetOrgUnitId: tree.byCode('T-R0M0S1').id }),
    ];
    for (const attempt of attempts) {
      expect(await failure(attempt())).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await federal.staff.byId({ id })).fullName).toBe('Иванова Анна 11');
  });

  it('deactivates, and reactivates to the stage the timestamps show', async () => {
    const created = await district.staff.create(person('T-R0M0S0', 12));
    await testDb.database.db
      .update(schema.staff)
      .set({
        invitedAt: sql`now() - interval '30 days'`,
        registeredAt: sql`now() - interval '20 days'`,
      })
      .where(eq(schema.staff.id, created.id));
    const since = await lastAuditId(testDb.database);
    const gone = await district.staff.deactivate({ id: created.id, version: created.version });
    expect(gone.funnelStatus).toBe('deactivated');
    expect(gone.deactivatedAt).toBeInstanceOf(Date);
    expect(await district.staff.deactivate({ id: created.id, version: gone.version })).toEqual(
      gone,
    );
    const back = await district.staff.reactivate({ id: created.id, version: gone.version });
    expect(back).toMatchObject({ funnelStatus: 'registered', deactivatedAt: null });
    const audits = await auditSince(testDb.database, 'staff', since);
    expect(audits.map((a) => a.action)).toEqual(['staff.deactivate', 'staff.reactivate']);
    expect(audits[1]?.after).toMatchObject({ funnelStatus: 'registered' });

    await testDb.database.db
      .update(schema.staff)
      .set({ lastActiveAt: sql`now() - interval '2 days'` })
      .where(eq(schema.staff.id, created.id));
    const again = await district.staff.deactivate({ id: created.id, version: back.version });
    expect(
      (await district.staff.reactivate({ id: created.id, version: again.version })).funnelStatus,
    ).toBe('active');
    expect(
      await failure(district.staff.deactivate({ id: created.id, version: again.version })),
    ).toMatchObject({ code: 'CONFLICT', message: 'errors.stale_version' });
  });
});

describe('transferring staff', () => {
  it('moves a person to another institution in scope and audits both ends', async () => {
    const created = await district.staff.create(person('T-R0M0S0', 20));
    const target = tree.byCode('T-R0M0S1');
    const since = await lastAuditId(testDb.database);
    const moved = await district.staff.transfer({
      id: created.id,
      version: created.version,
      targetOrgUnitId: target.id,
    });
    expect(moved).toMatchObject({ orgUnitId: target.id, orgUnitPath: target.path });
    const [audit] = await auditSince(testDb.database, 'staff', since);
    expect(audit).toMatchObject({ action: 'staff.transfer', org_path: target.path });
    expect(audit?.before).toMatchObject({ orgUnitId: tree.byCode('T-R0M0S0').id });
    expect(
      await failure(
        district.staff.transfer({ id: created.id, version: created.version, targetOrgUnitId: 301 }),
      ),
    ).toMatchObject({ code: 'CONFLICT', message: 'errors.stale_version' });
  });

  it('refuses a unit outside the scope with a field error, and leaves the person in place', async () => {
    const created = await district.staff.create(person('T-R0M0S0', 21));
    const attempt = (targetOrgUnitId: number) =>
      failure(district.staff.transfer({ id: created.id, version: 1, targetOrgUnitId }));
    expect(await attempt(tree.byCode('T-R0M1S0').id)).toEqual({
      code: 'BAD_REQUEST',
      message: 'errors.validation',
      fields: { targetOrgUnitId: 'errors.unit_not_found' },
    });
    expect(await attempt(tree.byCode('T-R0M0').id)).toMatchObject({
      fields: { targetOrgUnitId: 'errors.role_level_mismatch' },
    });
    expect(await attempt(tree.byCode('T-R0M0S0').id)).toMatchObject({
      fields: { targetOrgUnitId: 'errors.same_unit' },
    });
    expect((await district.staff.byId({ id: created.id })).version).toBe(1);
  });
});

describe('searching staff by name', () => {
  it('finds three characters or more anywhere in the name, fewer only at its start', async () => {
    const names = ['Шмыгина Ольга', 'Ольшмыгова Вера', 'Кушмырь 50%_Анна'];
    for (const fullName of names) {
      await district.staff.create({ ...person('T-R0M0S0', 0), fullName });
    }
    const found = async (q: string) =>
      (await federal.staff.list({ page: 1, perPage: 50, filter: { q } })).data
        .map((s) => s.fullName)
        .sort();
    expect(await found('МЫГ')).toEqual(['Ольшмыгова Вера', 'Шмыгина Ольга']);
    expect(await found('шм')).toEqual(['Шмыгина Ольга']);
    expect(await found('50%_')).toEqual(['Кушмырь 50%_Анна']);
    expect(await found('%_')).toEqual([]);
  });
});
