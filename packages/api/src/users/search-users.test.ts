import { queryRows } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let federal: Caller;

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: federal }],
  } = await openTreeDatabase({ name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' }));
}, 60_000);

afterAll(() => testDb?.drop());

describe('searching accounts and units', () => {
  it('finds accounts by three characters or more anywhere, fewer only at the start', async () => {
    const accounts = [
      { login: 'shmygina@test', displayName: 'Шмыгина Ольга' },
      { login: 'olshmygova@test', displayName: 'Ольшмыгова Вера' },
      { login: 'kush@test', displayName: 'Кушмырь 50%_Анна' },
    ];
    for (const account of accounts) {
      await federal.users.create({
        ...account,
        role: 'school_admin',
        scopeOrgUnitId: tree.byCode('T-R0M0S0').id,
        password: 'a long enough password',
      });
    }
    const found = async (q: string) =>
      (await federal.users.list({ page: 1, perPage: 50, filter: { q } })).data
        .map((u) => u.login)
        .sort();
    expect(await found('МЫГ')).toEqual(['olshmygova@test', 'shmygina@test']);
    expect(await found('shmyg')).toEqual(['olshmygova@test', 'shmygina@test']);
    expect(await found('шм')).toEqual(['shmygina@test']);
    expect(await found('sh')).toEqual(['shmygina@test']);
    expect(await found('50%_')).toEqual(['kush@test']);
    expect(await found('%_')).toEqual([]);
  });

  it('still finds units by a short term anywhere in the name or the start of the code', async () => {
    const names = async (q: string) =>
      (await federal.institutions.list({ page: 1, perPage: 50, filter: { q } })).data.map(
        (u) => u.code,
      );
    expect(await names('r0m0s1')).toEqual(['T-R0M0S1']);
    expect(await names('s1')).toContain('T-R0M0S1');
    expect(await names('T-R1M1')).toEqual(['T-R1M1S0', 'T-R1M1S1']);
  });

  it('has a trigram index on every expression the searches filter by', async () => {
    const rows = await queryRows<{ indexname: string; indexdef: string }>(
      testDb.database.db,
      sql`select indexname, indexdef from pg_indexes
           where indexname in ('users_login_trgm_idx', 'users_display_name_trgm_idx',
                               'org_units_name_trgm_idx', 'org_units_code_trgm_idx')
           order by indexname`,
    );
    expect(rows.map((r) => [r.indexname, r.indexdef.replace(/^.* USING /, '')])).toEqual([
      ['org_units_code_trgm_idx', 'gin (code gin_trgm_ops)'],
      ['org_units_name_trgm_idx', 'gin (lower(name) gin_trgm_ops)'],
      ['users_display_name_trgm_idx', 'gin (lower(display_name) gin_trgm_ops)'],
      ['users_login_trgm_idx', 'gin (lower(login) gin_trgm_ops)'],
    ]);
  });
});
