import { schema } from '@cutover/db';
import { testEngine } from '@cutover/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  expectRounds,
  failedWith,
  openRaceRig,
  type RaceRig,
  REASON,
  ROUNDS,
  settle,
  show,
} from '../testing/org-units-race';

/**
 * Structural writes racing each other, through the real API, two truly parallel requests
 * per round (separate pool connections). PostgreSQL only: PGlite has one connection.
 * The rig (testing/org-units-race.ts) moves M between two regions every round.
 */
let rig: RaceRig;

beforeAll(async () => {
  if (testEngine() !== 'postgres') return;
  rig = await openRaceRig();
}, 60_000);

afterAll(() => rig?.testDb.drop());

describe.skipIf(testEngine() !== 'postgres')('structural writes racing each other', () => {
  it('move M vs create under M by the admin of the region M leaves', async () => {
    await expectRounds(async (round) => {
      const { from, move } = await rig.moveM();
      const [moved, created] = await Promise.all([
        settle(move),
        settle(
          rig.regionalOf(from).orgUnits.create({
            parentId: rig.M,
            kind: 'school',
            code: `RACE-C-${round}`,
            name: `Race school ${round}`,
          }),
        ),
      ]);
      // Created before the move (and moved with M), or refused: M had left the creator's scope.
      const id = created.ok ? (created.value as { id: number }).id : null;
      const path = id ? String((await rig.unitRow(id)).path) : '';
      const expected = id ? String([...(await rig.unitRow(rig.M)).path, id]) : '';
      if (moved.ok && (created.ok || failedWith(created, 'BAD_REQUEST')) && path === expected)
        return null;
      return `move ${show(moved)}, create ${show(created)}, path ${path} instead of ${expected}`;
    });
    await rig.expectSoundTree();
  });

  it('move M vs move of a school into M', async () => {
    const outside = rig.tree.byCode('T-R1M1').id;
    const schools: number[] = [];
    for (let i = 0; i < ROUNDS; i++) schools.push(await rig.insertUnit(outside, 'institution'));
    await expectRounds(async (round) => {
      const school = schools[round] ?? 0;
      const { move } = await rig.moveM();
      const [moved, movedIn] = await Promise.all([
        settle(move),
        settle(
          rig.federal.orgUnits.move({ id: school, version: 1, newParentId: rig.M, reason: REASON }),
        ),
      ]);
      const path = (await rig.unitRow(school)).path;
      const expected = [...(await rig.unitRow(rig.M)).path, school];
      if (moved.ok && movedIn.ok && String(path) === String(expected)) return null;
      return `move ${show(moved)}, move in ${show(movedIn)}, path ${path} instead of ${expected}`;
    });
    await rig.expectSoundTree();
  });

  it('move M vs move of its child the opposite way (no deadlock, no lost path)', async () => {
    const child = rig.tree.byCode('T-R0M0S0').id;
    // A municipality of the region M leaves, where the child goes when it leaves M.
    const stayBehind = new Map([
      [rig.tree.byCode('T-R0').id, rig.tree.byCode('T-R0M1').id],
      [rig.tree.byCode('T-R1').id, rig.tree.byCode('T-R1M0').id],
    ]);
    await expectRounds(async () => {
      const { from, move } = await rig.moveM();
      const { parentId, version } = await rig.unitRow(child);
      const newParentId = parentId === rig.M ? (stayBehind.get(from) ?? 0) : rig.M;
      const [moved, movedChild] = await Promise.all([
        settle(move),
        settle(rig.federal.orgUnits.move({ id: child, version, newParentId, reason: REASON })),
      ]);
      const path = (await rig.unitRow(child)).path;
      const expected = [...(await rig.unitRow(newParentId)).path, child];
      if (moved.ok && movedChild.ok && String(path) === String(expected)) return null;
      return `move ${show(moved)}, child ${show(movedChild)}, path ${path} instead of ${expected}`;
    });
    await rig.expectSoundTree();
  });

  it('move M vs close of a school under M by the admin of the region M leaves', async () => {
    const schools: number[] = [];
    for (let i = 0; i < ROUNDS; i++) schools.push(await rig.insertUnit(rig.M, 'institution'));
    await expectRounds(async (round) => {
      const school = schools[round] ?? 0;
      const { from, move } = await rig.moveM();
      const [moved, closed] = await Promise.all([
        settle(move),
        settle(
          rig.regionalOf(from).orgUnits.close({
            id: school,
            version: 1,
            validTo: '2030-01-01',
            reason: REASON,
          }),
        ),
      ]);
      // Closed while M lay in the closer's region, or not found: it had left their scope.
      const auditedIn = closed.ok
        ? (await rig.lastAudit('org_unit.close', school))?.org_path?.[1]
        : from;
      if (moved.ok && (closed.ok || failedWith(closed, 'NOT_FOUND')) && auditedIn === from)
        return null;
      return `move ${show(moved)}, close ${show(closed)}, audited under ${auditedIn}`;
    });
    await rig.expectSoundTree();
  });

  it('move M vs merge of a school under M by the admin of the region M leaves', async () => {
    const schools: number[] = [];
    for (let i = 0; i < ROUNDS; i++) schools.push(await rig.insertUnit(rig.M, 'institution'));
    const targetIn = new Map([
      [rig.tree.byCode('T-R0').id, rig.tree.byCode('T-R0M1S0').id],
      [rig.tree.byCode('T-R1').id, rig.tree.byCode('T-R1M0S0').id],
    ]);
    await expectRounds(async (round) => {
      const school = schools[round] ?? 0;
      const { from, move } = await rig.moveM();
      const [moved, merged] = await Promise.all([
        settle(move),
        settle(
          rig.regionalOf(from).orgUnits.merge({
            id: school,
            version: 1,
            targetId: targetIn.get(from) ?? 0,
            validTo: '2030-01-01',
            reason: REASON,
          }),
        ),
      ]);
      const auditedIn = merged.ok
        ? (await rig.lastAudit('org_unit.merge', school))?.org_path?.[1]
        : from;
      if (moved.ok && (merged.ok || failedWith(merged, 'NOT_FOUND')) && auditedIn === from)
        return null;
      return `move ${show(moved)}, merge ${show(merged)}, audited under ${auditedIn}`;
    });
    await rig.expectSoundTree();
  });

  it('move M vs a staff edit under M by the admin of the region M leaves', async () => {
    const [person] = await rig.db
      .select({ id: schema.staff.id })
      .from(schema.staff)
      .where(eq(schema.staff.orgUnitId, rig.tree.byCode('T-R0M0S1').id));
    const id = person?.id ?? 0;
    await expectRounds(async (round) => {
      const [{ version } = { version: 0 }] = await rig.db
        .select({ version: schema.staff.version })
        .from(schema.staff)
        .where(eq(schema.staff.id, id));
      const { from, move } = await rig.moveM();
      const [moved, edited] = await Promise.all([
        settle(move),
        settle(
          rig.regionalOf(from).staff.update({ id, version, fullName: `Race Person ${round}` }),
        ),
      ]);
      // The audit log is chained in commit order: an edit that succeeded came before the move
      // and is filed under the region M left; after the move the person was out of reach.
      const edit = await rig.lastAudit('staff.update', id);
      const moveRow = await rig.lastAudit('org_unit.move', rig.M);
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
    await rig.expectSoundTree();
  });

  it('create under a municipality vs close of that municipality: never both', async () => {
    const region = rig.tree.byCode('T-R0').id;
    const admin = rig.regionalOf(region);
    await expectRounds(async (round) => {
      const parent = await rig.insertUnit(region, 'municipality');
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
    await rig.expectSoundTree();
  });
});
