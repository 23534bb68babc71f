import { queryRows, schema, verifyAuditChain } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, signedInCaller, testDeps } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';
import { auditSince, failure, lastAuditId } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let district: Caller;
let districtUserId: number;

/** People named `<tag> <n>` at each unit code, inserted directly; returns their ids by code. */
async function seedPeople(tag: string, codes: readonly string[]) {
  const rows = await testDb.database.db
    .insert(schema.staff)
    .values(
      codes.map((code, n) => ({
        orgUnitId: tree.byCode(code).id,
        fullName: `${tag} ${n}`,
        role: 'teacher' as const,
      })),
    )
    .returning({ id: schema.staff.id, orgUnitId: schema.staff.orgUnitId });
  return rows.map((r) => r.id);
}

async function stateOf(ids: readonly number[]) {
  const rows = await testDb.database.db
    .select({
      id: schema.staff.id,
      status: schema.staff.funnelStatus,
      orgUnitId: schema.staff.orgUnitId,
      version: schema.staff.version,
      invitedAt: schema.staff.invitedAt,
    })
    .from(schema.staff)
    .where(inArray(schema.staff.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [
      {
        caller: district,
        user: { id: districtUserId },
      },
    ],
  } = await openTreeDatabase({ name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' }));
}, 60_000);

afterAll(() => testDb?.drop());

describe('bulk staff actions', () => {
  it('"select all" by filter changes exactly the in-scope matches, one audit row each', async () => {
    const [a, b, c, outside] = await seedPeople('Bulkmatch', [
      'T-R0M0S0',
      'T-R0M0S0',
      'T-R0M0S1',
      'T-R0M1S0',
    ]);
    const filter = { q: 'bulkmatch' };
    const listed = await district.staff.list({ page: 1, perPage: 1, filter });
    expect(listed.total).toBe(3);
    const before = await stateOf([outside ?? 0]);
    const since = await lastAuditId(testDb.database);

    expect(await district.staff.bulk({ action: 'deactivate', filter, dryRun: true })).toEqual({
      affected: 3,
    });
    expect(await auditSince(testDb.database, 'staff', since)).toEqual([]);

    expect(await district.staff.bulk({ action: 'deactivate', filter })).toEqual({ affected: 3 });
    const after = await stateOf([a, b, c, outside].map((id) => id ?? 0));
    for (const id of [a, b, c]) expect(after.get(id ?? 0)?.status).toBe('deactivated');
    expect(after.get(outside ?? 0)).toEqual(before.get(outside ?? 0));

    const audits = await auditSince(testDb.database, 'staff', since);
    expect(audits.map((row) => Number(row.entity_id)).sort()).toEqual([a, b, c].sort());
    for (const row of audits) {
      expect(row).toMatchObject({
        action: 'staff.deactivate',
        actor_user_id: districtUserId,
        actor_login: 'dis@test',
        request_id: 'test',
        client_ip: '127.0.0.1',
        before: { funnelStatus: 'not_invited' },
        after: { funnelStatus: 'deactivated', bulk: true },
      });
      expect(row.org_path.slice(0, 3)).toEqual(tree.byCode('T-R0M0').path);
    }
    // Already deactivated: nothing left to change, nothing audited.
    expect(await district.staff.bulk({ action: 'deactivate', filter })).toEqual({ affected: 0 });
    expect(await auditSince(testDb.database, 'staff', since)).toHaveLength(3);
    expect(await verifyAuditChain(testDb.database.db)).toMatchObject({ ok: true });

    expect(await district.staff.bulk({ action: 'reactivate', filter })).toEqual({ affected: 3 });
    expect((await stateOf([a ?? 0])).get(a ?? 0)?.status).toBe('not_invited');
  });

  it('by ids: ids outside the scope are ignored, and invite touches only the not invited', async () => {
    const [mine, registered, theirs] = await seedPeople('Byids', [
      'T-R0M0S0',
      'T-R0M0S1',
      'T-R1M0S0',
    ]);
    await testDb.database.db.execute(
      sql`update staff set funnel_status = 'registered', registered_at = now() where id = ${registered}`,
    );
    const ids = [mine, registered, theirs].map((id) => id ?? 0);
    const since = await lastAuditId(testDb.database);
    expect(await district.staff.bulk({ action: 'invite', ids })).toEqual({ affected: 1 });
    const after = await stateOf(ids);
    expect(after.get(mine ?? 0)).toMatchObject({ status: 'invited', version: 2 });
    expect(after.get(mine ?? 0)?.invitedAt).toBeInstanceOf(Date);
    expect(after.get(registered ?? 0)).toMatchObject({ status: 'registered', version: 1 });
    expect(after.get(theirs ?? 0)).toMatchObject({ status: 'not_invited', version: 1 });
    const audits = await auditSince(testDb.database, 'staff', since);
    expect(audits.map((row) => [row.action, row.entity_id])).toEqual([
      ['staff.invite', String(mine)],
    ]);
  });

  it('transfers the matches to an institution in scope, and refuses one outside', async () => {
    const ids = (await seedPeople('Mover', ['T-R0M0S0', 'T-R0M0S0', 'T-R0M1S1'])).map(
      (id) => id ?? 0,
    );
    const target = tree.byCode('T-R0M0S1');
    const since = await lastAuditId(testDb.database);
    expect(
      await failure(
        district.staff.bulk({
          action: 'transfer',
          ids,
          targetOrgUnitId: tree.byCode('T-R0M1S0').id,
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', fields: { targetOrgUnitId: 'errors.unit_not_found' } });
    expect(
      await district.staff.bulk({ action: 'transfer', ids, targetOrgUnitId: target.id }),
    ).toEqual({ affected: 2 });
    const after = await stateOf(ids);
    expect(ids.map((id) => after.get(id)?.orgUnitId)).toEqual([
      target.id,
      target.id,
      tree.byCode('T-R0M1S1').id,
    ]);
    const audits = await auditSince(testDb.database, 'staff', since);
    expect(audits).toHaveLength(2);
    for (const row of audits) {
      expect(row).toMatchObject({ action: 'staff.transfer', org_path: target.path });
      expect(row.after).toMatchObject({ orgUnitId: target.id });
    }
    expect(await verifyAuditChain(testDb.database.db)).toMatchObject({ ok: true });
  });

  it('takes exactly one of ids and filter, at most 5000 ids, and a target only to transfer', async () => {
    for (const input of [
      { action: 'invite' as const },
      { action: 'invite' as const, ids: [1], filter: {} },
      { action: 'transfer' as const, filter: {} },
      { action: 'invite' as const, ids: Array.from({ length: 5001 }, (_, i) => i + 1) },
    ]) {
      expect(await failure(district.staff.bulk(input))).toMatchObject({ code: 'BAD_REQUEST' });
    }
  });

  it('is refused to an auditor', async () => {
    const auditor = (
      await signedInCaller(testDeps(testDb.database), tree, {
        name: 'aud',
        role: 'auditor',
        scopeCode: 'T-R0',
      })
    ).caller;
    expect(
      await failure(auditor.staff.bulk({ action: 'deactivate', filter: {}, dryRun: true })),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('deactivates a whole district in one statement with a verifiable chain', async () => {
    const ids = await seedPeople(
      'Many',
      Array.from({ length: 300 }, (_, i) => (i % 2 ? 'T-R0M0S0' : 'T-R0M0S1')),
    );
    const since = await lastAuditId(testDb.database);
    const { affected } = await district.staff.bulk({
      action: 'deactivate',
      filter: { q: 'many' },
    });
    expect(affected).toBe(ids.length);
    const [count] = await queryRows<{ n: number }>(
      testDb.database.db,
      sql`select count(distinct entity_id)::int as n from audit_log where id > ${since}`,
    );
    expect(count?.n).toBe(ids.length);
    expect(await verifyAuditChain(testDb.database.db)).toMatchObject({ ok: true });
  });
});
