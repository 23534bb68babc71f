import { queryRows } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';

// A chat title search counts its matches first, up to 10,000: that many are read by the
// trigram indexes and sorted (titles that match can all sort late: walking the title index
// to them took 10 s at national scale), exact in the total; beyond, the title index is
// walked (up to 40,000 titles, else the matches are read and sorted: list-walk.test.ts)
// and the total says "more than 10,000". Each answer must be the plain filter's.
let testDb: TestDatabase;
let federal: Caller;
let regional: Caller;

beforeAll(async () => {
  let tree: Awaited<ReturnType<typeof openTreeDatabase>>['tree'];
  ({
    testDb,
    tree,
    signedIn: [{ caller: federal }, { caller: regional }],
  } = await openTreeDatabase(
    { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'reg', role: 'regional_admin', scopeCode: 'T-R0' },
  ));
  const schools = tree.nodes.filter((n) => n.level === 'institution').map((n) => n.id);
  const add = (title: string, count: number) =>
    testDb.database.db.execute(sql`
      insert into official_chats (org_unit_id, kind, title, legacy_platform)
      select (${sql.raw(`array[${schools.join(',')}]`)})[1 + i % ${schools.length}],
             'class_parent', ${title} || ' ' || lpad(i::text, 5, '0'), 'whatsapp'
        from generate_series(1, ${count}) i`);
  // Many titles that sort first and never match, then the matches: the late ones.
  await add('Аа родители', 3_000);
  await add('Яковлевой чат', 1_205);
  await add('Ячейка', 10_050);
}, 120_000);

afterAll(() => testDb?.drop());

const page = (q: string, extra = {}) => ({
  page: 1,
  perPage: 25,
  sort: { field: 'title', order: 'ASC' as const },
  filter: { q },
  ...extra,
});

/** Chats under a region (by code), or all of them. */
const under = (region: string | null) =>
  region
    ? sql`and org_unit_id in (select id from org_units where path @> array[(select id from org_units where code = ${region})])`
    : sql``;

async function plain(pattern: string, region: string | null, order: 'asc' | 'desc', offset = 0) {
  const direction = sql.raw(order);
  return queryRows<{ id: number }>(
    testDb.database.db,
    sql`select id::int as id from official_chats
        where (lower(title) like ${pattern} or lower(class_label) like ${pattern}) ${under(region)}
        order by title ${direction}, id ${direction} limit 25 offset ${offset}`,
  );
}

async function plainCount(pattern: string, region: string | null) {
  const [row] = await queryRows<{ n: number }>(
    testDb.database.db,
    sql`select count(*)::int as n from official_chats
        where (lower(title) like ${pattern} or lower(class_label) like ${pattern}) ${under(region)}`,
  );
  return row?.n ?? 0;
}

describe('chat title search totals', () => {
  it('counts up to 10,000 matches exactly and pages them as the plain filter does', async () => {
    for (const [caller, region] of [
      [federal, null],
      [regional, 'T-R0'],
    ] as const) {
      const answer = await caller.chats.list(page('яковлевой'));
      expect(answer).not.toHaveProperty('moreThanTotal');
      expect(answer.total).toBe(await plainCount('%яковлевой%', region));
      expect(answer.total).toBeGreaterThan(300);
      expect(answer.data.map((c) => c.id)).toEqual(
        (await plain('%яковлевой%', region, 'asc')).map((r) => r.id),
      );
      const third = await caller.chats.list(
        page('яковлевой', { page: 3, sort: { field: 'title', order: 'DESC' } }),
      );
      expect(third.data.map((c) => c.id)).toEqual(
        (await plain('%яковлевой%', region, 'desc', 50)).map((r) => r.id),
      );
    }
  });

  it('beyond 10,000 matches says "more than 10,000" and still pages them in order', async () => {
    const answer = await federal.chats.list(page('ячейка'));
    expect(answer).toMatchObject({ total: 10_000, moreThanTotal: true });
    expect(answer.data.map((c) => c.id)).toEqual(
      (await plain('%ячейка%', null, 'asc')).map((r) => r.id),
    );
    expect(await federal.chats.count({ filter: { q: 'ячейка' } })).toEqual({ total: 10_050 });
  });
});
