import type { TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let district: Caller;
let school: Caller;

const page = {
  pagination: { page: 1, perPage: 50 },
  sort: { field: 'name', order: 'ASC' as const },
};

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: district }, { caller: school }],
  } = await openTreeDatabase(
    { name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' },
    { name: 'sch', role: 'school_admin', scopeCode: 'T-R0M0S0' },
  ));
}, 60_000);

afterAll(() => testDb?.drop());

describe('a list row names its parent', () => {
  it('even when the parent lies above the caller scope (their own unit)', async () => {
    const { data: municipalities } = await district.municipalities.list({ ...page, filter: {} });
    expect(municipalities.map((row) => [row.code, row.parentName])).toEqual([
      ['T-R0M0', 'Unit T-R0'],
    ]);
    const { data: institutions } = await school.institutions.list({ ...page, filter: {} });
    expect(institutions.map((row) => [row.code, row.parentName])).toEqual([
      ['T-R0M0S0', 'Unit T-R0M0'],
    ]);
  });

  it('but reading the parent itself stays refused', async () => {
    await expect(district.regions.byId({ id: tree.byCode('T-R0').id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
