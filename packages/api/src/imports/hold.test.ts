import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';
import { type Importer, importer, upload, writtenState } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let school: Importer;

const header = 'external_id,institution_code,full_name,role,phone,email,status';

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [school],
  } = await openTreeDatabase({ name: 'sch', role: 'school_admin', scopeCode: 'T-R1M1S1' }));
  // The school has its 2 fixture people and these 18: 20 records in scope.
  await testDb.database.db.execute(sql`
    insert into staff (org_unit_id, external_id, full_name, role)
    select ${tree.byCode('T-R1M1S1').id}, 'H-' || n, 'Held ' || n, 'teacher' from generate_series(1, 18) n`);
}, 60_000);
afterAll(() => testDb?.drop());

const rows = (ids: number[], tail: string) =>
  [header, ...ids.map((n) => `H-${n},T-R1M1S1,Held ${n}${tail}`)].join('\n');

describe('the hold thresholds', () => {
  it('deactivating 2 of 20 (10%) goes through; 3 (15%) waits for a confirmation', async () => {
    expect((await upload(school, rows([1, 2], ',teacher,,,deactivated'))).status).toBe('validated');
    const before = await writtenState(testDb.database);
    const held = await upload(school, rows([1, 2, 3], ',teacher,,,deactivated'));
    expect(held).toMatchObject({ status: 'held', hold: 'deactivations' });
    expect(held.counts).toMatchObject({ deactivate: 3, staffInScope: 20 });
    expect((await school.caller.imports.commit({ id: held.id })).status).toBe('held');
    expect(await writtenState(testDb.database)).toEqual(before);
    const confirmed = await school.caller.imports.commit({ id: held.id, confirm: true });
    expect(confirmed.status).toBe('succeeded');
    expect((await writtenState(testDb.database))?.staff).toBe(before?.staff);
  });

  it('changing more than 75% of the records is held too', async () => {
    const ids = Array.from({ length: 16 }, (_, i) => i + 3);
    const report = await upload(school, rows(ids, ' renamed,teacher,,,'));
    expect(report).toMatchObject({ status: 'held', hold: 'changes' });
    expect(report.counts.update).toBe(16);
  });
});

describe('the commit checks the file again against the data as it is now', () => {
  it('refuses and reports rows that now fail, writing nothing', async () => {
    const report = await upload(school, rows([10], ' again,teacher,,,'));
    expect(report.status).toBe('validated');
    await testDb.database.db.execute(
      sql`update org_units set valid_to = '2020-01-01' where code = 'T-R1M1S1'`,
    );
    const before = await writtenState(testDb.database);
    const committed = await school.caller.imports.commit({ id: report.id });
    expect(committed.status).toBe('failed');
    expect(committed.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [2, 'institution_code', 'imports.errors.unit_closed'],
    ]);
    expect(await writtenState(testDb.database)).toEqual(before);
    await testDb.database.db.execute(
      sql`update org_units set valid_to = null where code = 'T-R1M1S1'`,
    );
    // The same file is checked again on a new upload, now that it would pass.
    expect((await upload(school, rows([10], ' again,teacher,,,'))).status).toBe('validated');
  });

  it('is refused to a role without the imports permission', async () => {
    const auditor = await importer(testDb.database, tree, {
      name: 'aud',
      role: 'auditor',
      scopeCode: 'T-R1',
    });
    await expect(upload(auditor, rows([1], ',teacher,,,'))).rejects.toThrow('errors.forbidden');
  });
});
