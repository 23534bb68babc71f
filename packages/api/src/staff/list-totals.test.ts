import { checkHierarchyIntegrity, foldListCounts, queryRows } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

// Totals of unfiltered and status-filtered lists come from list_counts (migration 0014),
// others are counted up to 1,000: both must agree with count(*) after any writes.
let testDb: TestDatabase;
let tree: Tree;
let federal: Caller;
let regional: Caller;
let district: Caller;

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: federal }, { caller: regional }, { caller: district }],
  } = await openTreeDatabase(
    { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'reg', role: 'regional_admin', scopeCode: 'T-R0' },
    { name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' },
  ));
  const schools = tree.nodes.filter((n) => n.level === 'institution').map((n) => n.id);
  await testDb.database.db.execute(sql`
    insert into official_chats (org_unit_id, kind, title, legacy_platform)
    select (${sql.raw(`array[${schools.join(',')}]`)})[1 + i % ${schools.length}], 'class_parent',
           'Чат ' || i, 'whatsapp'
      from generate_series(1, 40) i`);
}, 60_000);

afterAll(() => testDb?.drop());

const page = (filter: Record<string, unknown> = {}, extra = {}) => ({
  page: 1,
  perPage: 5,
  sort: { field: 'id', order: 'ASC' as const },
  filter,
  ...extra,
});

async function realCount(table: 'staff' | 'official_chats', where = sql`true`) {
  const [row] = await queryRows<{ n: number }>(
    testDb.database.db,
    sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`,
  );
  return row?.n ?? 0;
}

/** Every scope's total, unfiltered and by status, against count(*). */
async function expectExactTotals() {
  const r0 = tree.byCode('T-R0').id;
  const m0 = tree.byCode('T-R0M0').id;
  const cases = [
    [federal, sql`true`],
    [regional, sql`region_id = ${r0}`],
    [district, sql`municipality_id = ${m0}`],
  ] as const;
  for (const [caller, where] of cases) {
    expect((await caller.staff.list(page())).total).toBe(await realCount('staff', where));
    const active = await caller.staff.list(page({ funnelStatus: ['active', 'registered'] }));
    expect(active).not.toHaveProperty('moreThanTotal');
    expect(active.total).toBe(
      await realCount('staff', sql`${where} and funnel_status in ('active', 'registered')`),
    );
    expect((await caller.chats.list(page())).total).toBe(await realCount('official_chats', where));
    const migrated = await caller.chats.list(page({ status: 'migrated' }));
    expect(migrated.total).toBe(
      await realCount('official_chats', sql`${where} and status = 'migrated'`),
    );
  }
  // Within a unit: a municipality from the counters, a school counted.
  for (const code of ['T-R1M1', 'T-R1M1S0']) {
    const unit = tree.byCode(code).id;
    const within = await federal.staff.list(page({ withinId: unit }));
    expect(within.total).toBe(
      await realCount(
        'staff',
        sql`org_unit_id in (select id from org_units where path @> array[${unit}]::int[])`,
      ),
    );
  }
  const report = await checkHierarchyIntegrity(testDb.database.db);
  expect(report.findings.miscounted_lists.count).toBe(0);
}

describe('list totals from counters', () => {
  it('are exact after parallel creates, edits, transfers, status changes and bulk changes', async () => {
    await expectExactTotals();
    const schools = tree.nodes.filter((n) => n.level === 'institution');
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        federal.staff.create({
          orgUnitId: schools[i % schools.length]?.id ?? 0,
          fullName: `Счётова Анна ${i}`,
          role: 'teacher',
        }),
      ),
    );
    await expectExactTotals();
    const chats = (await federal.chats.list(page({}, { perPage: 40 }))).data;
    await Promise.all([
      ...created.slice(0, 8).map((s, i) =>
        federal.staff.transfer({
          id: s.id,
          version: s.version,
          targetOrgUnitId: schools[(i + 3) % schools.length]?.id ?? 0,
        }),
      ),
      ...created
        .slice(8, 14)
        .map((s) => federal.staff.deactivate({ id: s.id, version: s.version })),
      // Not the chats the regional bulk change below moves: the two would race on versions.
      ...chats
        .filter((c) => !c.orgUnitPath.includes(tree.byCode('T-R0').id))
        .slice(0, 10)
        .map((c) => federal.chats.update({ id: c.id, version: c.version, status: 'migrated' })),
      regional.chats.bulkStatus({ status: 'migrating', filter: { status: 'legacy' } }),
      federal.staff.create({
        orgUnitId: schools[0]?.id ?? 0,
        fullName: 'Ещё Один',
        role: 'teacher',
      }),
    ]);
    await expectExactTotals();
    expect(await foldListCounts(testDb.database.db)).toBeGreaterThan(0);
    await expectExactTotals();
    const [keys] = await queryRows<{ rows: number; keys: number }>(
      testDb.database.db,
      sql`select count(*)::int as rows,
                 count(distinct (list, region_id, municipality_id, status))::int as keys
            from list_counts`,
    );
    expect(keys?.rows).toBe(keys?.keys);
  });

  it('follow a unit moved to another region', async () => {
    const school = tree.byCode('T-R0M0S0');
    const target = tree.byCode('T-R1M1');
    await testDb.owner.db.execute(
      sql`update org_units set parent_id = ${target.id}, path = ${sql.raw(`'{${[...target.path, school.id].join(',')}}'`)}::int[]
           where id = ${school.id}`,
    );
    await expectExactTotals();
    await testDb.owner.db.execute(
      sql`update org_units set parent_id = ${school.path[2] ?? 0}, path = ${sql.raw(`'{${school.path.join(',')}}'`)}::int[]
           where id = ${school.id}`,
    );
    await expectExactTotals();
  });
});

describe('totals the counters cannot answer', () => {
  it('are exact up to 1,000 and "more than 1,000" beyond, with the exact count on request', async () => {
    const school = tree.byCode('T-R1M0S1').id;
    await testDb.database.db.execute(sql`
      insert into staff (org_unit_id, full_name, role)
      select ${school}, 'Многоимённов ' || lpad(i::text, 4, '0'), 'teacher'
        from generate_series(1, 1005) i`);
    const many = await federal.staff.list(
      page({ q: 'многоимённов' }, { sort: { field: 'fullName', order: 'DESC' } }),
    );
    expect(many).toMatchObject({ total: 1000, moreThanTotal: true });
    expect(many.data.map((s) => s.fullName)).toEqual(
      [1005, 1004, 1003, 1002, 1001].map((i) => `Многоимённов ${i}`),
    );
    expect(await federal.staff.count({ filter: { q: 'многоимённов' } })).toEqual({ total: 1005 });
    expect(await federal.staff.count({ filter: {} })).toEqual({ total: await realCount('staff') });

    // Few matches: all of them sorted (a top-N sort), any page, any direction.
    const few = await federal.staff.list(
      page({ q: 'многоимённов 000' }, { page: 2, sort: { field: 'fullName', order: 'DESC' } }),
    );
    expect(few).not.toHaveProperty('moreThanTotal');
    expect(few.total).toBe(9);
    expect(few.data.map((s) => s.fullName)).toEqual(
      [4, 3, 2, 1].map((i) => `Многоимённов 000${i}`),
    );
    const bySchool = await federal.staff.list(
      page({ q: 'многоимённов 000' }, { sort: { field: 'orgUnitName', order: 'ASC' } }),
    );
    expect(bySchool.data).toHaveLength(5);
    // A page past the end still says how many match.
    const past = await federal.staff.list(page({ q: 'многоимённов 000' }, { page: 3 }));
    expect(past).toEqual({ data: [], total: 9 });
    // A school's list counts in its own statement, exactly while under the cap.
    const counted = await federal.chats.list(page({ q: 'чат 1' }));
    expect(counted.total).toBe(await realCount('official_chats', sql`lower(title) like '%чат 1%'`));
  });
});
