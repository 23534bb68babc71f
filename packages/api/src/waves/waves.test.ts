import { queryRows } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { addDays, isoToday } from '@cutover/domain';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let federal: Caller;
let regional: Caller;
let auditor: Caller;
let waveId: number;
const today = isoToday();
const day = (offset: number) => addDays(today, offset);

/**
 * One open wave over the fixture's 8 schools, national deadline in 30 days; region R0 set
 * 20 days, its municipality M0 10 days. Two schools finished (12 and 2 days ago).
 */
async function seedWave(database: TestDatabase['database'], tree: Tree) {
  const [wave] = await queryRows<{ id: number }>(
    database.db,
    sql`insert into waves (code, name_en, name_ru, opens_on, national_deadline)
        values ('school_chats', 'School chats', 'Школьные чаты', ${day(-100)}, ${day(30)})
        returning id`,
  );
  const id = wave?.id ?? 0;
  const schools = tree.nodes.filter((n) => n.level === 'institution');
  const finished = new Map([
    [schools[0]?.id, day(-12)],
    [schools[1]?.id, day(-2)],
  ]);
  for (const school of schools) {
    const finishedOn = finished.get(school.id) ?? null;
    await database.db.execute(
      sql`insert into adoption_rollups (org_unit_id, wave_id, numerator, denominator, finished_on)
          values (${school.id}, ${id}, ${finishedOn ? 10 : 3}, 10, ${finishedOn})`,
    );
    if (finishedOn) {
      await database.db.execute(
        sql`insert into adoption_snapshots (org_unit_id, wave_id, day, numerator, denominator)
            values (${school.id}, ${id}, ${finishedOn}, 10, 10)`,
      );
    }
  }
  for (const [code, offset] of [
    ['T-R0', 20],
    ['T-R0M0', 10],
  ] as const) {
    await database.db.execute(
      sql`insert into deadlines (org_unit_id, wave_id, deadline, reason)
          values (${tree.byCode(code).id}, ${id}, ${day(offset)}, 'regional plan')`,
    );
  }
  return id;
}

async function waveRow() {
  const [row] = await queryRows<{ version: number; deadline: string; closed: string | null }>(
    testDb.database.db,
    sql`select version, to_char(national_deadline, 'YYYY-MM-DD') as deadline,
          to_char(closed_on, 'YYYY-MM-DD') as closed from waves where id = ${waveId}`,
  );
  return row;
}

async function auditCount(action: string) {
  const [row] = await queryRows<{ count: number }>(
    testDb.database.db,
    sql`select count(*)::int as count from audit_log where action = ${action}`,
  );
  return row?.count ?? 0;
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: federal }, { caller: regional }, { caller: auditor }],
  } = await openTreeDatabase(
    { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'reg', role: 'regional_admin', scopeCode: 'T-R0' },
    { name: 'aud', role: 'auditor', scopeCode: 'T-RU' },
  ));
  waveId = await seedWave(testDb.database, tree);
}, 60_000);

afterAll(() => testDb?.drop());

describe('the federal admin manages waves; everyone else reads them', () => {
  const proposal = () => ({ id: waveId, opensOn: day(-100), nationalDeadline: day(-5) });

  it('previews a reschedule: deadlines changed, newly overdue, finished late, own deadlines brought forward', async () => {
    const preview = await federal.waves.preview(proposal());
    expect(preview.impact).toEqual({
      deadlineChanged: 8,
      becomeOverdue: 6,
      noLongerOverdue: 0,
      becomeLate: 1,
      unfinished: 6,
    });
    expect(preview.broughtForward.count).toBe(2);
    expect(preview.broughtForward.first.map((s) => s.orgUnitName)).toEqual([
      'Unit T-R0',
      'Unit T-R0M0',
    ]);
  });

  it('refuses other roles and leaves the wave as it was', async () => {
    const before = await waveRow();
    for (const caller of [regional, auditor]) {
      expect((await refusal(caller.waves.preview(proposal()))).code).toBe('FORBIDDEN');
      const reschedule = caller.waves.reschedule({ ...proposal(), version: 1, reason: 'try it' });
      expect((await refusal(reschedule)).code).toBe('FORBIDDEN');
      const close = caller.waves.close({ id: waveId, version: 1, reason: 'try it' });
      expect((await refusal(close)).code).toBe('FORBIDDEN');
    }
    expect((await regional.waves.list()).data).toHaveLength(1);
    expect(await waveRow()).toEqual(before);
    expect(await auditCount('wave.reschedule')).toBe(0);
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const before = await waveRow();
    const base = { ...proposal(), version: before?.version ?? 1, reason: 'move it' };
    const cases = [
      [{ ...base, opensOn: day(-4) }, 'errors.wave_deadline_not_after_opening'],
      [
        { ...base, opensOn: day(15), nationalDeadline: day(60) },
        'errors.wave_opening_after_deadlines',
      ],
      [{ ...base, nationalDeadline: day(30) }, 'errors.wave_unchanged'],
      [{ ...base, version: (before?.version ?? 1) + 5 }, 'errors.stale_version'],
      [{ ...base, reason: ' ' }, null],
    ] as const;
    for (const [input, message] of cases) {
      const error = await refusal(federal.waves.reschedule(input));
      if (message) expect(error.message).toContain(message);
      else expect(error.code).toBe('BAD_REQUEST');
    }
    expect(await waveRow()).toEqual(before);
    expect(await auditCount('wave.reschedule')).toBe(0);
  });

  it('reschedules: the wave, the own deadlines below, the risks and the audit log follow', async () => {
    const { version } = (await waveRow()) ?? { version: 1 };
    const saved = await federal.waves.reschedule({ ...proposal(), version, reason: 'приказ' });
    expect(saved).toMatchObject({ nationalDeadline: day(-5), version: version + 1 });
    expect(saved.impact.becomeOverdue).toBe(6);
    const own = await federal.deadlines.list({ page: 1, perPage: 10, filter: { waveId } });
    expect(own.data.map((row) => row.deadline)).toEqual([day(-5), day(-5)]);
    const risks = await queryRows<{ risk: string; deadline: string }>(
      testDb.database.db,
      sql`select risk, to_char(deadline, 'YYYY-MM-DD') as deadline from adoption_rollups
          where wave_id = ${waveId} and finished_on is null`,
    );
    expect(risks.map((r) => [r.risk, r.deadline])).toEqual(risks.map(() => ['overdue', day(-5)]));
    const [entry] = await queryRows<{ before: unknown; after: Record<string, unknown> }>(
      testDb.database.db,
      sql`select before, after from audit_log where action = 'wave.reschedule'`,
    );
    expect(entry?.before).toEqual({ opensOn: day(-100), nationalDeadline: day(30) });
    expect(entry?.after).toMatchObject({ nationalDeadline: day(-5), reason: 'приказ' });
    expect(await auditCount('deadline.update')).toBe(2);
    // A second tab still holding the old version is told, not overwritten.
    const stale = federal.waves.reschedule({
      ...proposal(),
      nationalDeadline: day(40),
      version,
      reason: 'again',
    });
    expect((await refusal(stale)).message).toBe('errors.stale_version');
  });

  it('closes a wave: no new deadlines, no more changes, an audit entry', async () => {
    const { version } = (await waveRow()) ?? { version: 1 };
    const closed = await federal.waves.close({ id: waveId, version, reason: 'волна завершена' });
    expect(closed.closedOn).toBe(today);
    expect(await auditCount('wave.close')).toBe(1);
    const deadline = regional.deadlines.create({
      orgUnitId: tree.byCode('T-R0M1').id,
      waveId,
      deadline: day(-10),
      reason: 'late setting',
    });
    expect((await refusal(deadline)).message).toBe('errors.wave_closed');
    const again = federal.waves.reschedule({
      ...proposal(),
      nationalDeadline: day(50),
      version: version + 1,
      reason: 'reopen?',
    });
    expect((await refusal(again)).message).toBe('errors.wave_closed');
  });

  it('creates a wave for a cohort without one, previewing the units it will count', async () => {
    const input = { code: 'ministry_staff' as const, opensOn: day(1), nationalDeadline: day(90) };
    const preview = await federal.waves.preview(input);
    expect(preview.impact.deadlineChanged).toBe(2);
    const past = federal.waves.create({
      ...input,
      nationalDeadline: day(-1),
      opensOn: day(-9),
      nameEn: 'Ministry staff',
      nameRu: 'Сотрудники министерств',
      reason: 'new wave',
    });
    expect((await refusal(past)).message).toBe('errors.validation');
    const created = await federal.waves.create({
      ...input,
      nameEn: 'Ministry staff',
      nameRu: 'Сотрудники министерств',
      reason: 'new wave',
    });
    expect(created).toMatchObject({ code: 'ministry_staff', closedOn: null, version: 1 });
    expect(await auditCount('wave.create')).toBe(1);
    const twice = federal.waves.create({
      ...input,
      nameEn: 'Again',
      nameRu: 'Снова',
      reason: 'again',
    });
    expect((await refusal(twice)).code).toBe('BAD_REQUEST');
    expect((await auditor.waves.list()).data.map((w) => w.code)).toEqual([
      'school_chats',
      'ministry_staff',
    ]);
  });
});
