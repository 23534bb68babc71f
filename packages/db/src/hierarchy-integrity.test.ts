import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from './client';
import { checkHierarchyIntegrity, type IntegrityCheck } from './hierarchy-integrity';
import { openTestDatabase, type TestDatabase } from './testing/index';

let testDb: TestDatabase;

// country 9001 > region 9002 > municipality 9003 > school 9004; region 9005 > municipality 9006
beforeAll(async () => {
  testDb = await openTestDatabase();
  await testDb.database.db.execute(sql`
    insert into org_units (id, parent_id, level, kind, code, name, path, depth) values
      (9001, null, 'country', 'country', 'IT-RU', 'Страна', '{9001}', 0),
      (9002, 9001, 'region', 'region', 'IT-R1', 'Регион 1', '{9001,9002}', 1),
      (9003, 9002, 'municipality', 'municipality', 'IT-M1', 'Район 1', '{9001,9002,9003}', 2),
      (9004, 9003, 'institution', 'school', 'IT-S1', 'Школа 1', '{9001,9002,9003,9004}', 3),
      (9005, 9001, 'region', 'region', 'IT-R2', 'Регион 2', '{9001,9005}', 1),
      (9006, 9005, 'municipality', 'municipality', 'IT-M2', 'Район 2', '{9001,9005,9006}', 2)`);
}, 60_000);

afterAll(() => testDb?.drop());

class Rollback extends Error {}

/** Runs the check on the tree as `corrupt` leaves it, then undoes the damage. */
async function reportAfter(corrupt: (tx: Executor) => Promise<unknown>) {
  let report: Awaited<ReturnType<typeof checkHierarchyIntegrity>> | undefined;
  // Damage the app cannot do: the owner (a superuser in tests) corrupts the tree.
  await testDb.owner.db
    .transaction(async (tx) => {
      await corrupt(tx);
      report = await checkHierarchyIntegrity(tx);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  if (!report) throw new Error('no report');
  return report;
}

const failing = (report: Awaited<ReturnType<typeof checkHierarchyIntegrity>>) =>
  Object.fromEntries(
    Object.entries(report.findings)
      .filter(([, found]) => found.count > 0)
      .map(([check, found]) => [check, found.examples.map((problem) => problem.id)]),
  ) as Partial<Record<IntegrityCheck, number[]>>;

describe('pnpm integrity', () => {
  it('finds nothing wrong with a sound tree', async () => {
    const report = await checkHierarchyIntegrity(testDb.database.db);
    expect(report.ok).toBe(true);
    expect(report.units).toBeGreaterThanOrEqual(6);
  });

  it('reports a cycle by its members only', async () => {
    const report = await reportAfter((tx) =>
      tx.execute(sql`update org_units set parent_id = 9003 where id = 9002`),
    );
    expect(report.ok).toBe(false);
    expect(failing(report).cycle).toEqual([9002, 9003]);
    expect(report.findings.cycle.examples[0]?.detail).toBe('its parents lead back to it');
  });

  it('reports a unit without a parent below the country, and one whose parent is gone', async () => {
    const report = await reportAfter(async (tx) => {
      await tx.execute(sql`update org_units set parent_id = null where id = 9006`);
      // Foreign keys are triggers: replica mode lets the test leave a dangling parent.
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`delete from org_units where id = 9002`);
    });
    expect(failing(report).orphan).toEqual([9003, 9006]);
    expect(report.findings.orphan.examples.map((p) => p.detail)).toEqual([
      'parent 9002 does not exist',
      'no parent, but not the country',
    ]);
  });

  it('reports a path or depth that disagrees with the parents', async () => {
    const report = await reportAfter(async (tx) => {
      await tx.execute(sql`update org_units set path = '{9001,9005,9006,9004}' where id = 9004`);
      await tx.execute(sql`update org_units set depth = 5 where id = 9006`);
    });
    expect(failing(report)).toEqual({ path_mismatch: [9004], depth_mismatch: [9006] });
    expect(report.findings.path_mismatch.examples[0]?.detail).toBe(
      'path 9001/9005/9006/9004 should be 9001/9002/9003/9004',
    );
  });

  it('reports a unit of the wrong level under its parent, and a kind unfit for the level', async () => {
    const report = await reportAfter(async (tx) => {
      await tx.execute(
        sql`update org_units set parent_id = 9005, path = '{9001,9005,9004}', depth = 2 where id = 9004`,
      );
      await tx.execute(sql`update org_units set kind = 'school' where id = 9006`);
    });
    expect(failing(report)).toEqual({ wrong_level: [9004], wrong_kind: [9006] });
    expect(report.findings.wrong_level.examples[0]?.detail).toBe(
      'institution directly under region',
    );
  });

  it('reports an open unit under a closed parent, not a closed one', async () => {
    const report = await reportAfter(async (tx) => {
      await tx.execute(sql`update org_units set valid_to = '2026-06-30' where id in (9003, 9005)`);
    });
    expect(failing(report)).toEqual({ open_under_closed: [9004, 9006] });
    expect(report.findings.open_under_closed.examples[0]?.detail).toBe(
      'open, but its parent closed on 2026-06-30',
    );
    const closedToo = await reportAfter(async (tx) => {
      await tx.execute(sql`update org_units set valid_to = '2026-06-30' where id in (9003, 9004)`);
    });
    expect(closedToo.ok).toBe(true);
  });

  it('reports staff or chats that carry another region or municipality than their unit', async () => {
    const report = await reportAfter(async (tx) => {
      await tx.execute(
        sql`insert into staff (org_unit_id, full_name, role) values (9004, 'Иванов Иван', 'teacher'), (9006, 'Петров Пётр', 'teacher')`,
      );
      // The trigger sets both columns on every write; replica mode lets the test skew them.
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update staff set municipality_id = 9006 where org_unit_id = 9004`);
    });
    // Replica mode also skipped the counting trigger: both municipalities' totals are off.
    expect(failing(report)).toEqual({ misplaced_rows: [9004], miscounted_lists: [9003, 9006] });
    expect(report.findings.misplaced_rows.examples[0]?.detail).toBe(
      '1 staff or chats carry another region or municipality',
    );
  });

  it('reports list totals that disagree with the rows, by the unit they count', async () => {
    const report = await reportAfter(async (tx) => {
      await tx.execute(
        sql`insert into staff (org_unit_id, full_name, role) values (9004, 'Иванов Иван', 'teacher')`,
      );
      await tx.execute(
        sql`insert into list_counts (list, region_id, municipality_id, status, row_count)
            values ('chats', 9005, null, 'legacy', 2)`,
      );
    });
    expect(failing(report)).toEqual({ miscounted_lists: [9005] });
    expect(report.findings.miscounted_lists.examples[0]?.detail).toBe(
      'chats legacy: counted 2, really 0',
    );
  });
});
