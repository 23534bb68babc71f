import type { TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';
import { failure } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let district: Caller;

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: district }],
  } = await openTreeDatabase({ name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' }));
}, 60_000);

afterAll(() => testDb?.drop());

describe('creating units', () => {
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
