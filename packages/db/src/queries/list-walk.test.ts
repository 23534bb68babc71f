import type { ListParams } from '@cutover/domain';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client';
import { officialChats } from '../schema/index';
import { openTestDatabase, type TestDatabase } from '../testing/index';
import { chatListFilters, chatSortable } from './chats/chats';
import { type ListPageQuery, listPage } from './list-page';
import { boundedWalkKeys } from './list-walk';
import { placedWithinScope, type ScopeShape } from './scope';

// Beyond `sortUpTo` matches a page is looked for along the title index only `walk.upTo`
// rows far; short of it there, every match is read and sorted. Either way the page must be
// the plain ORDER BY title, id over the filter. Small limits stand for 10,000 and 20,000.
let testDb: TestDatabase;
const country: ScopeShape = { nodeId: 9001, path: [9001] };
const region: ScopeShape = { nodeId: 9002, path: [9001, 9002] };

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { db } = testDb.database;
  await db.execute(sql`
    insert into org_units (id, parent_id, level, kind, code, name, path, depth) values
      (9001, null, 'country', 'country', 'W-RU', 'Страна', '{9001}', 0),
      (9002, 9001, 'region', 'region', 'W-R1', 'Регион 1', '{9001,9002}', 1),
      (9003, 9002, 'municipality', 'municipality', 'W-M1', 'Район 1', '{9001,9002,9003}', 2),
      (9004, 9003, 'institution', 'school', 'W-S1', 'Школа 1', '{9001,9002,9003,9004}', 3),
      (9005, 9001, 'region', 'region', 'W-R2', 'Регион 2', '{9001,9005}', 1),
      (9006, 9005, 'municipality', 'municipality', 'W-M2', 'Район 2', '{9001,9005,9006}', 2),
      (9007, 9006, 'institution', 'school', 'W-S2', 'Школа 2', '{9001,9005,9006,9007}', 3)`);
  // Titles repeat (i % n) so the id breaks ties; schools alternate, so a region holds half.
  const add = (title: SQL, count: number) =>
    db.execute(sql`
      insert into official_chats (org_unit_id, kind, title, legacy_platform)
      select case when i % 2 = 0 then 9004 else 9007 end, 'class_parent', ${title}, 'whatsapp'
        from generate_series(1, ${count}) i`);
  // "родители" every other title from the first: a walk meets its pages at once.
  await add(
    sql`'Аа ' || lpad((i % 300)::text, 3, '0') || case when i % 2 = 0 then ' родители' else ' чат' end`,
    800,
  );
  await add(sql`'Бб чат ' || lpad(i::text, 4, '0')`, 400);
  // "класс" only after 1,200 titles that do not match: past a walk of 200.
  await add(sql`'МО классных ' || lpad((i % 40)::text, 2, '0')`, 310);
}, 120_000);

afterAll(() => testDb?.drop());

const params = (q: string, page: number, order: 'ASC' | 'DESC' = 'ASC'): ListParams => ({
  page,
  perPage: 25,
  sort: { field: 'title', order },
  filter: { q },
});

function chatQuery(scope: ScopeShape, q: string, walkUpTo = 200) {
  const query: ListPageQuery<{ id: typeof officialChats.id }> = {
    table: officialChats,
    id: officialChats.id,
    orgUnitId: officialChats.orgUnitId,
    columns: { id: officialChats.id },
    filters: chatListFilters({ q }, scope),
    filtersOnOwnColumns: true,
    sortable: chatSortable,
    defaultSort: 'title',
    total: {
      cap: 'first',
      sortUpTo: 100,
      walk: { upTo: walkUpTo, within: [placedWithinScope(officialChats, scope)] },
    },
  };
  return query;
}

async function plain(scope: ScopeShape, q: string, page: number, order: 'ASC' | 'DESC' = 'ASC') {
  const direction = sql.raw(order);
  const within = scope.path.length > 1 ? sql`and region_id = ${scope.nodeId}` : sql``;
  const pattern = `%${q}%`;
  const rows = await queryRows<{ id: number }>(
    testDb.database.db,
    sql`select id::int as id from official_chats
         where (lower(title) like ${pattern} or lower(class_label) like ${pattern}) ${within}
         order by title ${direction}, id asc limit 25 offset ${(page - 1) * 25}`,
  );
  return rows.map((r) => r.id);
}

async function listed(scope: ScopeShape, q: string, p: ListParams, walkUpTo?: number) {
  const answer = await listPage(testDb.database.db, p, chatQuery(scope, q, walkUpTo));
  expect(answer).toMatchObject({ total: 100, moreThanTotal: true });
  return answer.data.map((r) => Number(r.id));
}

describe('bounded walk of a list beyond sortUpTo matches', () => {
  it('reads and sorts the matches when the walk does not reach them', async () => {
    for (const scope of [country, region]) {
      const { db } = testDb.database;
      expect(
        await boundedWalkKeys(db, params('класс', 1), chatQuery(scope, 'класс'), walkOf(scope)),
      ).toBeUndefined();
      for (const page of [1, 3, 7]) {
        const expected = await plain(scope, 'класс', page);
        expect(expected.length).toBeGreaterThan(0);
        expect(await listed(scope, 'класс', params('класс', page))).toEqual(expected);
      }
    }
  });

  it('keeps the page the walk finds (matches early in its order)', async () => {
    for (const scope of [country, region]) {
      const { db } = testDb.database;
      const p = params('родител', 2);
      const keys = await boundedWalkKeys(db, p, chatQuery(scope, 'родител'), walkOf(scope));
      expect(keys).toHaveLength(25);
      expect(await listed(scope, 'родител', p)).toEqual(await plain(scope, 'родител', 2));
      // Descending, the "класс" titles come first: the walk meets them, ties by id ascending.
      const desc = params('класс', 2, 'DESC');
      expect(
        await boundedWalkKeys(db, desc, chatQuery(scope, 'класс'), walkOf(scope)),
      ).toHaveLength(25);
      expect(await listed(scope, 'класс', desc)).toEqual(await plain(scope, 'класс', 2, 'DESC'));
    }
  });

  it('ends a last page where the matches end, walked or read', async () => {
    // 310 matches: page 13 holds 10, page 14 none; a walk longer than the table ends short.
    for (const walkUpTo of [200, 5000]) {
      for (const page of [13, 14]) {
        const p = params('класс', page);
        expect(await listed(country, 'класс', p, walkUpTo)).toEqual(
          await plain(country, 'класс', page),
        );
      }
    }
    const { db } = testDb.database;
    const keys = await boundedWalkKeys(db, params('класс', 13), chatQuery(country, 'класс'), {
      upTo: 5000,
      within: [placedWithinScope(officialChats, country)],
    });
    expect(keys).toHaveLength(10);
  });
});

function walkOf(scope: ScopeShape) {
  return { upTo: 200, within: [placedWithinScope(officialChats, scope)] };
}
