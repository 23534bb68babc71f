import { queryRows } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, signedInCaller, testDeps } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';
import { failure, misplacedRows, pathOf } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let regional: Caller;
let district: Caller;

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: regional }, { caller: district }],
  } = await openTreeDatabase(
    { name: 'reg', role: 'regional_admin', scopeCode: 'T-R0' },
    { name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' },
  ));
}, 60_000);

afterAll(() => testDb?.drop());

describe('moving units', () => {
  it('moves a school to another municipality and the counts of both follow', async () => {
    const school = tree.byCode('T-R0M0S0');
    const from = tree.byCode('T-R0M0');
    const to = tree.byCode('T-R0M1');
    const before = await regional.municipalities.byId({ id: to.id });
    const moved = await regional.orgUnits.move({
      id: school.id,
      version: 1,
      newParentId: to.id,
      reason: 'reorganisation',
    });
    expect(moved.path).toEqual([...to.path, school.id]);
    expect((await regional.municipalities.byId({ id: to.id })).institutions).toBe(
      before.institutions + 1,
    );
    expect((await regional.municipalities.byId({ id: to.id })).staff).toBe(before.staff + 2);
    expect((await regional.municipalities.byId({ id: from.id })).institutions).toBe(1);
    const [audit] = await queryRows<{ action: string; before: { parentId: number } }>(
      testDb.database.db,
      sql`select action, before from audit_log where action = 'org_unit.move' and entity_id = ${String(school.id)}`,
    );
    expect(audit?.before.parentId).toBe(from.id);
    expect(await misplacedRows(testDb.database)).toBe(0);
    // Whatever a writer sends, the trigger reads the unit's own region and municipality.
    await testDb.database.db.execute(sql`update staff set region_id = null, municipality_id = 1`);
    expect(await misplacedRows(testDb.database)).toBe(0);
  });

  it('rewrites every path below a moved municipality in one go', async () => {
    const municipality = tree.byCode('T-R1M0');
    const deps = testDeps(testDb.database);
    const federal = (
      await signedInCaller(deps, tree, { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' })
    ).caller;
    const oldRegion = (
      await signedInCaller(deps, tree, { name: 'reg1', role: 'regional_admin', scopeCode: 'T-R1' })
    ).caller;
    const moved = tree.byCode('T-R1M0S0');
    const staffOf = (caller: Caller) =>
      caller.staff.list({
        page: 1,
        perPage: 100,
        sort: { field: 'fullName', order: 'ASC' },
        filter: { orgUnitId: moved.id },
      });
    const before = await staffOf(oldRegion);
    expect(before.total).toBeGreaterThan(0);
    expect((await staffOf(regional)).total).toBe(0);
    const target = tree.byCode('T-R0');
    await federal.orgUnits.move({
      id: municipality.id,
      version: 1,
      newParentId: target.id,
      reason: 'boundary change',
    });
    for (const code of ['T-R1M0S0', 'T-R1M0S1']) {
      const node = tree.byCode(code);
      expect(await pathOf(testDb.database, node.id)).toEqual([
        ...target.path,
        municipality.id,
        node.id,
      ]);
    }
    // The staff and chats below follow in the same transaction: lists by region agree.
    expect(await misplacedRows(testDb.database)).toBe(0);
    expect((await staffOf(oldRegion)).total).toBe(0);
    const now = await staffOf(regional);
    expect(now.total).toBe(before.total);
    expect(now.data.map((row) => row.id)).toEqual(before.data.map((row) => row.id));
  });

  it('refuses a cycle, a parent of the wrong level and a stale version', async () => {
    const region = tree.byCode('T-R0');
    const municipality = tree.byCode('T-R0M1');
    const federal = (
      await signedInCaller(testDeps(testDb.database), tree, {
        name: 'fed2',
        role: 'federal_admin',
        scopeCode: 'T-RU',
      })
    ).caller;
    expect(
      await failure(
        federal.orgUnits.move({
          id: region.id,
          version: 1,
          newParentId: municipality.id,
          reason: 'cycle please',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', message: 'errors.validation' });
    const school = tree.byCode('T-R0M1S1');
    expect(
      await failure(
        federal.orgUnits.move({
          id: school.id,
          version: 1,
          newParentId: region.id,
          reason: 'wrong level',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await failure(
        federal.orgUnits.move({
          id: school.id,
          version: 99,
          newParentId: tree.byCode('T-R0M0').id,
          reason: 'stale',
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', message: 'errors.stale_version' });
  });

  it('needs scope over the new parent: a district admin cannot move a school out', async () => {
    const school = tree.byCode('T-R0M0S1');
    const outside = tree.byCode('T-R0M1');
    expect(
      await failure(
        district.orgUnits.move({
          id: school.id,
          version: 1,
          newParentId: outside.id,
          reason: 'not mine',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await pathOf(testDb.database, school.id)).toEqual(school.path);
  });
});
