import { queryRows, verifyAuditChain } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSince, lastAuditId } from '../staff/testing';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';
import { type Importer, upload, writtenState } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let district: Importer;

const header = 'external_id,institution_code,full_name,role,phone,email,status';

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [district],
  } = await openTreeDatabase({ name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' }));
  // Two people the file will update and deactivate, and twenty it leaves alone.
  await testDb.database.db.execute(sql`
    insert into staff (org_unit_id, external_id, full_name, role, phone)
    select ${tree.byCode('T-R0M0S0').id}, 'K-' || n, 'Kept ' || n, 'teacher', '+79000000000'
      from generate_series(1, 22) n`);
}, 60_000);
afterAll(() => testDb?.drop());

const person = (externalId: string) =>
  queryRows<{ full_name: string; org_unit_id: number; funnel_status: string; phone: string }>(
    testDb.database.db,
    sql`select full_name, org_unit_id, funnel_status, phone from staff where external_id = ${externalId}`,
  );

describe('a good staff CSV', () => {
  const file = [
    header,
    'N-1,T-R0M0S0,Новикова Анна,teacher,8 (912) 345-67-89,Anna@School.ru,',
    'N-2,T-R0M0S1,Петров Пётр,director,,,active',
    'N-3,T-R0M0,Сидорова Ольга,municipal_officer,+7 900 111-22-33,,',
    'K-1,T-R0M0S1,Kept 1 (moved),class_teacher,,,',
    'K-2,T-R0M0S0,Kept 2,teacher,,,deactivated',
    'K-3,T-R0M0S0,Kept 3,teacher,+79000000000,,active',
    'Z-9,T-R0M0S0,Never here,teacher,,,deactivated',
  ].join('\n');

  it('is validated as a dry run that writes no staff and no audit', async () => {
    const before = await writtenState(testDb.database);
    const report = await upload(district, file);
    expect(report).toMatchObject({
      status: 'validated',
      progress: 100,
      kind: 'staff_csv',
      counts: { rows: 7, create: 3, update: 1, deactivate: 1, unchanged: 1, skip: 1, error: 0 },
      errors: [],
      hold: null,
    });
    expect(report.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.preview.create?.rows.map((r) => [r.row, r.externalId, r.phone])).toEqual([
      [2, 'N-1', '+79123456789'],
      [3, 'N-2', null],
      [4, 'N-3', '+79001112233'],
    ]);
    expect(report.preview.update?.rows[0]).toMatchObject({
      externalId: 'K-1',
      changed: ['institution_code', 'full_name', 'role'],
    });
    expect(await writtenState(testDb.database)).toEqual(before);
    expect(await person('N-1')).toEqual([]);
  });

  it('commits all rows with one audit row each, and the chain verifies', async () => {
    const { id } = await upload(district, file);
    const since = await lastAuditId(testDb.database);
    const committed = await district.caller.imports.commit({ id });
    expect(committed.status).toBe('succeeded');
    expect(await person('N-1')).toEqual([
      expect.objectContaining({ full_name: 'Новикова Анна', phone: '+79123456789' }),
    ]);
    expect(await person('K-1')).toEqual([
      expect.objectContaining({
        full_name: 'Kept 1 (moved)',
        org_unit_id: tree.byCode('T-R0M0S1').id,
      }),
    ]);
    expect((await person('K-2'))[0]?.funnel_status).toBe('deactivated');
    const audits = await auditSince(testDb.database, 'staff', since);
    expect(audits.map((a) => a.action).sort()).toEqual([
      'staff.create',
      'staff.create',
      'staff.create',
      'staff.deactivate',
      'staff.update',
    ]);
    for (const row of audits) {
      expect(row).toMatchObject({ actor_login: 'dis@test', request_id: 'test' });
      expect(row.after).toMatchObject({ importJobId: id });
    }
    const [commitEntry] = await auditSince(testDb.database, 'importJob', since);
    expect(commitEntry).toMatchObject({ action: 'import.commit', entity_id: String(id) });
    expect(commitEntry?.after).toMatchObject({ fileSha256: committed.fileSha256 });
    expect(await verifyAuditChain(testDb.database.db)).toMatchObject({ ok: true });
  });

  it('is a no-op the second time: the same job comes back, and a second commit changes nothing', async () => {
    const first = await upload(district, file);
    const state = await writtenState(testDb.database);
    const again = await upload(district, file);
    expect(again.id).toBe(first.id);
    expect(again.status).toBe('succeeded');
    expect((await district.caller.imports.commit({ id: first.id })).status).toBe('succeeded');
    expect(await writtenState(testDb.database)).toEqual(state);
    const listed = await district.caller.imports.list({ page: 1, perPage: 10, filter: {} });
    expect(listed.data.map((j) => j.id)).toContain(first.id);
  });
});
