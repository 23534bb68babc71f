import type { TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';
import { failure, versionOf } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let regional: Caller;
let federal: Caller;
let school: Caller;
let districtR1M1: Caller;

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [
      { caller: regional },
      { caller: federal },
      { caller: school },
      { caller: districtR1M1 },
    ],
  } = await openTreeDatabase(
    { name: 'reg', role: 'regional_admin', scopeCode: 'T-R0' },
    { name: 'fed0', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'sch R1M1S0', role: 'school_admin', scopeCode: 'T-R1M1S0' },
    { name: 'dis R1M1', role: 'district_admin', scopeCode: 'T-R1M1' },
  ));
}, 60_000);

afterAll(() => testDb?.drop());

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
        version: await versionOf(testDb.database, id),
        validTo: '2027-01-01',
        reason: 'closing',
      });
    const merge = async (caller: Caller, id: number, targetId: number) =>
      caller.orgUnits.merge({
        id,
        version: await versionOf(testDb.database, id),
        targetId,
        validTo: '2027-01-01',
        reason: 'merger',
      });
    // A school admin reaches only their school: closing or merging it is not theirs to do.
    expect(await failure(close(school, s0))).toMatchObject({
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
});
