import { checkHierarchyIntegrity, queryRows, schema } from '@cutover/db';
import { type TestDatabase, testEngine } from '@cutover/db/testing';
import type { OrgLevel } from '@cutover/domain';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, SignedIn } from '../testing/callers';
import { reachability } from '../testing/reachability';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

/**
 * Structural writes racing each other, through the real API, two truly parallel requests
 * per round (separate pool connections). PostgreSQL only: PGlite has one connection.
 * M, the municipality T-R0M0, moves between the two regions every round while something
 * else happens under it; afterwards the tree must be sound and every unit reachable by
 * exactly the admins above it.
 */
const ROUNDS = 50;
const REASON = 'race test';

let testDb: TestDatabase;
let tree: Tree;
let federal: Caller;
let admins: SignedIn[];
const regional = new Map<number, Caller>();
let M: number;
let regions: [number, number];
let counter = 0;

type Outcome = { ok: true; value: unknown } | { ok: false; code: string; message: string };

async function settle(promise: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

const unitRow = async (id: number) => {
  const [row] = await testDb.database.db
    .select({
      parentId: schema.orgUnits.parentId,
      version: schema.orgUnits.version,
      path: schema.orgUnits.path,
    })
    .from(schema.orgUnits)
    .where(eq(schema.orgUnits.id, id));
  if (!row) throw new Error(`no unit ${id}`);
  return row;
};

/** A unit inserted directly, as a fixture for one round. */
async function insertUnit(parentId: number, level: OrgLevel) {
  const parent = await unitRow(parentId);
  const [row] = await queryRows<{ id: number }>(
    testDb.database.db,
    sql`select nextval('org_units_id_seq')::int as id`,
  );
  const id = row?.id ?? 0;
  await testDb.database.db.insert(schema.orgUnits).values({
    id,
    parentId,
    level,
    kind: level === 'institution' ? 'school' : 'municipality',
    code: `RACE-F-${++counter}`,
    name: `Race fixture ${counter}`,
    path: [...parent.path, id],
    depth: parent.path.length,
  });
  return id;
}

const otherRegion = (region: number) => (region === regions[0] ? regions[1] : regions[0]);
const regionalOf = (region: number) => {
  const caller = regional.get(region);
  if (!caller) throw new Error(`no regional admin of ${region}`);
  return caller;
};

/** Moves M to the other region; returns the region it left. */
async function moveM() {
  const { parentId, version } = await unitRow(M);
  const from = parentId ?? 0;
  return {
    from,
    move: federal.orgUnits.move({ id: M, version, newParentId: otherRegion(from), reason: REASON }),
  };
}

/**
 * Runs the rounds; `race` starts two requests at once and names what went wrong, if
 * anything. All rounds run, so a failure shows how many of them went wrong.
 */
async function expectRounds(race: (round: number) => Promise<string | null>) {
  const problems: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const problem = await race(round);
    if (problem) problems.push(`round ${round}: ${problem}`);
  }
  expect(problems, `${problems.length} of ${ROUNDS} rounds went wrong`).toEqual([]);
}

const show = (outcome: Outcome) => (outcome.ok ? 'ok' : `${outcome.code} ${outcome.message}`);

async function expectSoundTree() {
  const report = await checkHierarchyIntegrity(testDb.database.db);
  const found = Object.fromEntries(
    Object.entries(report.findings)
      .filter(([, f]) => f.count > 0)
      .map(([check, f]) => [check, f.count]),
  );
  expect(found, 'pnpm integrity findings').toEqual({});
  for (const admin of await reachability(testDb.database, admins)) {
    expect(admin.reaches, `units ${admin.login} reaches`).toEqual(admin.should);
  }
  // Through the API: the admin of M's region reads M and what lies under it; the other does not.
  const { parentId } = await unitRow(M);
  const here = parentId ?? 0;
  const [child] = await queryRows<{ id: number }>(
    testDb.database.db,
    sql`select id from org_units where parent_id = ${M} order by id desc limit 1`,
  );
  for (const id of [M, ...(child ? [child.id] : [])]) {
    expect((await settle(regionalOf(here).orgUnits.byId({ id }))).ok).toBe(true);
    expect(await settle(regionalOf(otherRegion(here)).orgUnits.byId({ id }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  }
}

const failedWith = (outcome: Outcome, code: string) => !outcome.ok && outcome.code === code;

beforeAll(async () => {
  if (testEngine() !== 'postgres') return;
  let signedIn: SignedIn[];
  ({ testDb, tree, signedIn } = await openTreeDatabase(
    { name: 'race fed', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'race reg R0', role: 'regional_admin', scopeCode: 'T-R0' },
    { name: 'race reg R1', role: 'regional_admin', scopeCode: 'T-R1' },
    { name: 'race dis R0M0', role: 'district_admin', scopeCode: 'T-R0M0' },
    { name: 'race dis R0M1', role: 'district_admin', scopeCode: 'T-R0M1' },
    { name: 'race dis R1M0', role: 'district_admin', scopeCode: 'T-R1M0' },
    { name: 'race dis R1M1', role: 'district_admin', scopeCode: 'T-R1M1' },
  ));
  admins = signedIn;
  const [fed, reg0, reg1] = signedIn;
  if (!fed || !reg0 || !reg1) throw new Error('personas missing');
  federal = fed.caller;
  regions = [reg0.node.id, reg1.node.id];
  regional.set(reg0.node.id, reg0.caller);
  regional.set(reg1.node.id, reg1.caller);
  M = tree.byCode('T-R0M0').id;
}, 60_000);

afterAll(() => testDb?.drop());

describe.skipIf(testEngine() !== 'postgres')('structural writes racing each other', () => {
  it('move M vs create under M by the admin of the region M leaves', async () => {
    await expectRounds(async (round) => {
      const { from, move } = await moveM();
      const [moved, created] = await Promise.all([
        settle(move),
        settle(
          regionalOf(from).orgUnits.create({
            parentId: M,
            kind: 'school',
            code: `RACE-C-${round}`,
            name: `Race school ${round}`,
          }),
        ),
      ]);
      // Created before the move (and moved with M), or refused: M had left the creator's scope.
      const id = created.ok ? (created.value as { id: number }).id : null;
      const path = id ? String((await unitRow(id)).path) : '';
      const expected = id ? String([...(await unitRow(M)).path, id]) : '';
      if (moved.ok && (created.ok || failedWith(created, 'BAD_REQUEST')) && path === expected)
        return null;
      return `move ${show(moved)}, create ${show(created)}, path ${path} instead of ${expected}`;
    });
    await expectSoundTree();
  });

  it('move M vs move of a school into M', async () => {
    const outside = tree.byCode('T-R1M1').id;
    const schools: number[] = [];
    for (let i = 0; i < ROUNDS; i++) schools.push(await insertUnit(outside, 'institution'));
    await expectRounds(async (round) => {
      const school = schools[round] ?? 0;
      const { move } = await moveM();
      const [moved, movedIn] = await Promise.all([
        settle(move),
        settle(federal.orgUnits.move({ id: school, version: 1, newParentId: M, reason: REASON })),
      ]);
      const path = (await unitRow(school)).path;
      const expected = [...(await unitRow(M)).path, school];
      if (moved.ok && movedIn.ok && String(path) === String(expected)) return null;
      return `move ${show(moved)}, move in ${show(movedIn)}, path ${path} instead of ${expected}`;
    });
    await expectSoundTree();
  });

  it('move M vs move of its child the opposite way (no deadlock, no lost path)', async () => {
    const child = tree.byCode('T-R0M0S0').id;
    // A municipality of the region M leaves, where the child goes when it leaves M.
    const stayBehind = new Map([
      [tree.byCode('T-R0').id, tree.byCode('T-R0M1').id],
      [tree.byCode('T-R1').id, tree.byCode('T-R1M0').id],
    ]);
    await expectRounds(async () => {
      const { from, move } = await moveM();
      const { parentId, version } = await unitRow(child);
      const newParentId = parentId === M ? (stayBehind.get(from) ?? 0) : M;
      const [moved, movedChild] = await Promise.all([
        settle(move),
        settle(federal.orgUnits.move({ id: child, version, newParentId, reason: REASON })),
      ]);
      const path = (await unitRow(child)).path;
      const expected = [...(await unitRow(newParentId)).path, child];
      if (moved.ok && movedChild.ok && String(path) === String(expected)) return null;
      return `move ${show(moved)}, child ${show(movedChild)}, path ${path} instead of ${expected}`;
    });
    await expectSoundTree();
  });

  it('move M vs close of a school under M by the admin of the region M leaves', async () => {
    const schools: number[] = [];
    for (let i = 0; i < ROUNDS; i++) schools.push(await insertUnit(M, 'institution'));
    await expectRounds(async (round) => {
      const school = schools[round] ?? 0;
      const { from, move } = await moveM();
      const [moved, closed] = await Promise.all([
        settle(move),
        settle(
          regionalOf(from).orgUnits.close({
            id: school,
            version: 1,
            validTo: '2030-01-01',
            reason: REASON,
          }),
        ),
      ]);
      // Closed while M lay in the closer's region, or not found: it had left their scope.
      const auditedIn = closed.ok
        ? (await lastAudit('org_unit.close', school))?.org_path?.[1]
        : from;
      if (moved.ok && (closed.ok || failedWith(closed, 'NOT_FOUND')) && auditedIn === from)
        return null;
      return `move ${show(moved)}, close ${show(closed)}, audited under ${auditedIn}`;
    });
    await expectSoundTree();
  });

  it('move M vs merge of a school under M by the admin of the region M leaves', async () => {
    const schools: number[] = [];
    for (let i = 0; i < ROUNDS; i++) schools.push(await insertUnit(M, 'institution'));
    const targetIn = new Map([
      [tree.byCode('T-R0').id, tree.byCode('T-R0M1S0').id],
      [tree.byCode('T-R1').id, tree.byCode('T-R1M0S0').id],
    ]);
    await expectRounds(async (round) => {
      const school = schools[round] ?? 0;
      const { from, move } = await moveM();
      const [moved, merged] = await Promise.all([
        settle(move),
        settle(
          regionalOf(from).orgUnits.merge({
            id: school,
            version: 1,
            targetId: targetIn.get(from) ?? 0,
            validTo: '2030-01-01',
            reason: REASON,
          }),
        ),
      ]);
      const auditedIn = merged.ok
        ? (await lastAudit('org_unit.merge', school))?.org_path?.[1]
        : from;
      if (moved.ok && (merged.ok || failedWith(merged, 'NOT_FOUND')) && auditedIn === from)
        return null;
      return `move ${show(moved)}, merge ${show(merged)}, audited under ${auditedIn}`;
    });
    await expectSoundTree();
  });

  it('move M vs a staff edit under M by the admin of the region M leaves', async () => {
    const [person] = await testDb.database.db
      .select({ id: schema.staff.id })
      .from(schema.staff)
      .where(eq(schema.staff.orgUnitId, tree.byCode('T-R0M0S1').id));
    const id = person?.id ?? 0;
    await expectRounds(async (round) => {
      const [{ version } = { version: 0 }] = await testDb.database.db
        .select({ version: schema.staff.version })
        .from(schema.staff)
        .where(eq(schema.staff.id, id));
      const { from, move } = await moveM();
      const [moved, edited] = await Promise.all([
        settle(move),
        settle(regionalOf(from).staff.update({ id, version, fullName: `Race Person ${round}` })),
      ]);
      // The audit log is chained in commit order: an edit that succeeded came before the move
      // and is filed under the region M left; after the move the person was out of reach.
      const edit = await lastAudit('staff.update', id);
      const moveRow = await lastAudit('org_unit.move', M);
      const editedBefore = edited.ok ? (edit?.id ?? 0) < (moveRow?.id ?? 0) : true;
      const filedUnder = edited.ok ? edit?.org_path?.[1] : from;
      if (
        moved.ok &&
        (edited.ok || failedWith(edited, 'NOT_FOUND')) &&
        editedBefore &&
        filedUnder === from
      )
        return null;
      return `move ${show(moved)}, edit ${show(edited)}, filed under ${filedUnder}, before the move: ${editedBefore}`;
    });
    await expectSoundTree();
  });

  it('create under a municipality vs close of that municipality: never both', async () => {
    const region = tree.byCode('T-R0').id;
    const admin = regionalOf(region);
    await expectRounds(async (round) => {
      const parent = await insertUnit(region, 'municipality');
      const [closed, created] = await Promise.all([
        settle(
          admin.orgUnits.close({ id: parent, version: 1, validTo: '2030-01-01', reason: REASON }),
        ),
        settle(
          admin.orgUnits.create({
            parentId: parent,
            kind: 'school',
            code: `RACE-P-${round}`,
            name: `Race school under a closing parent ${round}`,
          }),
        ),
      ]);
      // One of them wins; the other is refused (parent closed, or open children).
      const oneRefused = failedWith(closed, 'BAD_REQUEST') !== failedWith(created, 'BAD_REQUEST');
      if (closed.ok !== created.ok && oneRefused) return null;
      return `close ${show(closed)}, create ${show(created)}`;
    });
    await expectSoundTree();
  });
});

/** The last audit row of `action` on the entity (ids follow commit order: the chain's lock). */
async function lastAudit(action: string, entityId: number) {
  const [row] = await queryRows<{ id: number; org_path: number[] | null }>(
    testDb.database.db,
    sql`select id::int as id, org_path from audit_log
         where action = ${action} and entity_id = ${String(entityId)}
         order by id desc limit 1`,
  );
  return row;
}
