import { queryRows } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

// A name search's total takes other paths than its page: the matches an index finds soon
// are counted first (at country scope the names that start with the term, in a region or
// municipality its first names), then the matches are counted from the trigram index of
// scope and name (migration 0018). Each answer must be the one
// the plain filter gives: the same total (or "more than 1,000") and the same rows.
let testDb: TestDatabase;
let tree: Tree;
let federal: Caller;
let regional: Caller;
let district: Caller;
let otherRegional: Caller;

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [
      { caller: federal },
      { caller: regional },
      { caller: district },
      { caller: otherRegional },
    ],
  } = await openTreeDatabase(
    { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'reg', role: 'regional_admin', scopeCode: 'T-R0' },
    { name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' },
    { name: 'reg1', role: 'regional_admin', scopeCode: 'T-R1' },
  ));
  // "щеглов": 700 + 302 names start with it, 400 + 150 have it inside (a patronymic).
  const add = (code: string, name: string, count: number, role = 'teacher') =>
    testDb.database.db.execute(sql`
      insert into staff (org_unit_id, full_name, role)
      select ${tree.byCode(code).id}, ${name} || ' ' || lpad(i::text, 4, '0'), ${role}::staff_role
        from generate_series(1, ${count}) i`);
  await add('T-R0M0S0', 'Щеглов Иван', 700);
  await add('T-R0M0S1', 'Бобров Сидор Щеглович', 400, 'class_teacher');
  await add('T-R0M1S0', 'Бобров Пётр Щеглович', 150);
  await add('T-R1M0S0', 'Щеглова Анна', 302);
  // In T-R1, more names than a region's first count walks, then 1,100 "яблоков" past them.
  await add('T-R1M1S0', 'Аардварк Ян', 5100);
  await add('T-R1M1S1', 'Яблоков Ян', 1100);
}, 60_000);

afterAll(() => testDb?.drop());

type Filter = Record<string, unknown>;
const listParams = (filter: Filter, page = 1, order: 'ASC' | 'DESC' = 'ASC') => ({
  page,
  perPage: 7,
  sort: { field: 'fullName', order },
  filter,
});

/** The plain filter's answer: how many match and one page of their names. */
async function expected(where: SQL, page: number, order: 'ASC' | 'DESC') {
  const db = testDb.database.db;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from staff where ${where}`,
  );
  const rows = await queryRows<{ full_name: string }>(
    db,
    sql`select full_name from staff where ${where}
         order by full_name ${sql.raw(order)}, id limit 7 offset ${(page - 1) * 7}`,
  );
  const n = count?.n ?? 0;
  return {
    total: n > 1000 ? { total: 1000, moreThanTotal: true } : { total: n },
    names: rows.map((r) => r.full_name),
    exact: n,
  };
}

async function expectSameAnswer(caller: Caller, filter: Filter, where: SQL) {
  for (const [page, order] of [
    [1, 'ASC'],
    [3, 'DESC'],
  ] as const) {
    const list = await caller.staff.list(listParams(filter, page, order));
    const want = await expected(where, page, order);
    expect({ total: list.total, moreThanTotal: list.moreThanTotal }).toEqual({
      moreThanTotal: undefined,
      ...want.total,
    });
    expect(list.data.map((s) => s.fullName)).toEqual(want.names);
    expect(await caller.staff.count({ filter })).toEqual({ total: want.exact });
  }
}

const r0 = () => tree.byCode('T-R0').id;
const r1 = () => tree.byCode('T-R1').id;
const m0 = () => tree.byCode('T-R0M0').id;
const like = (pattern: string) => sql`lower(full_name) like ${pattern}`;

describe('name search totals', () => {
  it('at country scope: names starting with the term, then every match, decide the total', async () => {
    // 1,002 start with it: more than 1,000 without counting the rest.
    await expectSameAnswer(federal, { q: 'щеглов' }, like('%щеглов%'));
    // None start with it, 1,552 contain it: more than 1,000 only by counting them.
    await expectSameAnswer(federal, { q: 'егло' }, like('%егло%'));
    // 700 start with it and nothing else matches.
    await expectSameAnswer(federal, { q: 'щеглов иван' }, like('%щеглов иван%'));
    await expectSameAnswer(federal, { q: 'щеглова' }, like('%щеглова%'));
    await expectSameAnswer(federal, { q: 'ЩЕГЛОВИЧ 01' }, like('%щеглович 01%'));
    await expectSameAnswer(federal, { q: 'щ' }, like('щ%'));
  });

  it('in a region and a municipality: only the scope rows, from the index of scope and name', async () => {
    const region = (id: () => number) => (term: string) =>
      sql`region_id = ${id()} and ${like(`%${term}%`)}`;
    const municipality = (term: string) => sql`municipality_id = ${m0()} and ${like(`%${term}%`)}`;
    const cases: [Caller, string, (term: string) => SQL][] = [
      // The region's first 5,000 names hold none: only the count over the trigram index finds them.
      [otherRegional, 'яблоков', region(r1)],
      // They are all "аардварк": more than the cap from the first count alone.
      [otherRegional, 'аардварк', region(r1)],
      // None in this municipality, though they are the first 5,000 names of the country.
      [district, 'аардварк', municipality],
      [regional, 'щеглов', region(r0)],
      [regional, 'щеглович', region(r0)],
      [otherRegional, 'щеглов', region(r1)],
      [district, 'щеглов', municipality],
      [district, 'щеглович 03', municipality],
    ];
    for (const [caller, term, rows] of cases)
      await expectSameAnswer(caller, { q: term }, rows(term));
  });

  it('keeps the other filters beside the scope and the name', async () => {
    await expectSameAnswer(
      regional,
      { q: 'щеглов', role: 'class_teacher' },
      sql`region_id = ${r0()} and role = 'class_teacher' and ${like('%щеглов%')}`,
    );
    const school = tree.byCode('T-R0M1S0').id;
    await expectSameAnswer(
      regional,
      { q: 'щеглов', withinId: tree.byCode('T-R0M1').id },
      sql`org_unit_id = ${school} and ${like('%щеглов%')}`,
    );
    await expectSameAnswer(
      federal,
      { q: 'щеглов', role: 'teacher' },
      sql`role = 'teacher' and ${like('%щеглов%')}`,
    );
  });
});
