import { queryRows, schema } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, signedInCaller, testDeps } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let regional: Caller;
let district: Caller;
let federal: Caller;
let school: Caller;
let districtR1M1: Caller;

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a failure');
}

const pathOf = async (id: number) =>
  (
    await testDb.database.db
      .select({ path: schema.orgUnits.path })
      .from(schema.orgUnits)
      .where(eq(schema.orgUnits.id, id))
  )[0]?.path;

/** Rows whose carried region or municipality is not their unit's (migration 0009). */
const misplacedRows = async () =>
  (
    await queryRows<{ n: number }>(
      testDb.database.db,
      sql`select count(*)::int as n from (
            select s.region_id, s.municipality_id, u.path from staff s join org_units u on u.id = s.org_unit_id
            union all
            select c.region_id, c.municipality_id, u.path from official_chats c join org_units u on u.id = c.org_unit_id
          ) r where r.region_id is distinct from r.path[2] or r.municipality_id is distinct from r.path[3]`,
    )
  )[0]?.n;

const versionOf = async (id: number) =>
  (
    await testDb.database.db
      .select({ version: schema.orgUnits.version })
      .from(schema.orgUnits)
      .where(eq(schema.orgUnits.id, id))
  )[0]?.version ?? 1;

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [
      { caller: regional },
      { caller: district },
      { caller: federal },
      { caller: school },
      { caller: districtR1M1 },
    ],
  } = await openTreeDatabase(
    { name: 'reg', role: 'regional_admin', scopeCode: 'T-R0' },
    { name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' },
    { name: 'fed0', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'sch R1M1S0', role: 'school_admin', scopeCode: 'T-R1M1S0' },
    { name: 'dis R1M1', role: 'district_admin', scopeCode: 'T-R1M1' },
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
    expect(await misplacedRows()).toBe(0);
    // Whatever a writer sends, the trigger reads the unit's own region and municipality.
    await testDb.database.db.execute(sql`update staff set region_id = null, municipality_id = 1`);
    expect(await misplacedRows()).toBe(0);
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
      expect(await pathOf(node.id)).toEqual([...target.path, municipality.id, node.id]);
    }
    // The staff and chats below follow in the same transaction: lists by region agree.
    expect(await misplacedRows()).toBe(0);
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
    ).toEqual({ code: 'BAD_REQUEST', message: 'errors.validation' });
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
    ).toEqual({ code: 'CONFLICT', message: 'errors.stale_version' });
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
    expect(await pathOf(school.id)).toEqual(school.path);
  });
});

describe('closing and merging', () => {
  it('merges a school into another: staff move, the source closes and stays in history', async () => {
    const source = tree.byCode('T-R0M1S1');
    const target = tree.byCode('T-R0M1S0');
    const { version } = await regional.institutions.byId({ id: source.id });
    await regional.orgUnits.merge({
      id: source.id,
      version,
      targetId: target.id,
      validTo: '2026-12-31',
      reason: 'merger',
    });
    const staff = await regional.staff.list({
      page: 1,
      perPage: 50,
      filter: { orgUnitId: target.id },
    });
    expect(staff.total).toBe(4);
    const closed = await regional.institutions.byId({ id: source.id });
    expect(closed).toMatchObject({ validTo: '2026-12-31', mergedIntoId: target.id });
    const open = await regional.institutions.list({
      page: 1,
      perPage: 50,
      filter: { parentId: tree.byCode('T-R0M1').id },
    });
    expect(open.data.map((u) => u.id)).not.toContain(source.id);
  });

  it('needs the right over the parent: nobody closes or merges their own scope node', async () => {
    const s0 = tree.byCode('T-R1M1S0').id;
    const s1 = tree.byCode('T-R1M1S1').id;
    const municipality = tree.byCode('T-R1M1').id;
    const close = async (caller: Caller, id: number) =>
      caller.orgUnits.close({
        id,
        version: await versionOf(id),
        validTo: '2027-01-01',
        reason: 'closing',
      });
    const merge = async (caller: Caller, id: number, targetId: number) =>
      caller.orgUnits.merge({
        id,
        version: await versionOf(id),
        targetId,
        validTo: '2027-01-01',
        reason: 'merger',
      });
    // A school admin reaches only their school: closing or merging it is not theirs to do.
    expect(await failure(close(school, s0))).toEqual({
      code: 'NOT_FOUND',
      message: 'errors.not_found',
    });
    expect(await failure(merge(school, s0, s1))).toMatchObject({ code: 'NOT_FOUND' });
    // The district admin above both can; once the municipality is empty, it still cannot
    // close the municipality itself, and the federal admin above it can.
    await merge(districtR1M1, s1, s0);
    await close(districtR1M1, s0);
    expect(await failure(close(districtR1M1, municipality))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(merge(districtR1M1, municipality, s0))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await districtR1M1.municipalities.byId({ id: municipality })).validTo).toBeNull();
    expect((await close(federal, municipality)).validTo).toBe('2027-01-01');
  });

  it('refuses to close a unit that still has open children', async () => {
    const municipality = tree.byCode('T-R0M1');
    const { version } = await regional.municipalities.byId({ id: municipality.id });
    expect(
      await failure(
        regional.orgUnits.close({
          id: municipality.id,
          version,
          validTo: '2027-01-01',
          reason: 'closing',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('creates a school under a municipality with a path that ends in its own id', async () => {
    const parent = tree.byCode('T-R0M0');
    const created = await district.orgUnits.create({
      parentId: parent.id,
      kind: 'preschool',
      code: 'NEW-DS-1',
      name: 'МБДОУ «Детский сад № 1»',
    });
    expect(created).toMatchObject({
      level: 'institution',
      kind: 'preschool',
      path: [...parent.path, created.id],
    });
    expect(
      await failure(
        district.orgUnits.create({
          parentId: parent.id,
          kind: 'region',
          code: 'NEW-X',
          name: 'Wrong kind',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await failure(
        district.orgUnits.create({
          parentId: parent.id,
          kind: 'school',
          code: 'NEW-DS-1',
          name: 'Duplicate code',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', message: 'errors.duplicate' });
  });
});
