import { checkHierarchyIntegrity, queryRows, schema } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import type { OrgLevel } from '@cutover/domain';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Caller, SignedIn } from './callers';
import { reachability } from './reachability';
import { openTreeDatabase } from './tree-database';
import type { Tree } from './tree-fixture';

/**
 * The rig of the hierarchy race tests: M, the municipality T-R0M0, moves between the two
 * regions every round while something else happens under it; afterwards the tree must be
 * sound and every unit reachable by exactly the admins above it.
 */
export const ROUNDS = 50;
export const REASON = 'race test';

export type Outcome = { ok: true; value: unknown } | { ok: false; code: string; message: string };

export async function settle(promise: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

export const show = (outcome: Outcome) =>
  outcome.ok ? 'ok' : `${outcome.code} ${outcome.message}`;

export const failedWith = (outcome: Outcome, code: string) => !outcome.ok && outcome.code === code;

/**
 * Runs the rounds; `race` starts two requests at once and names what went wrong, if
 * anything. All rounds run, so a failure shows how many of them went wrong.
 */
export async function expectRounds(race: (round: number) => Promise<string | null>) {
  const problems: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const problem = await race(round);
    if (problem) problems.push(`round ${round}: ${problem}`);
  }
  expect(problems, `${problems.length} of ${ROUNDS} rounds went wrong`).toEqual([]);
}

export type RaceRig = Awaited<ReturnType<typeof openRaceRig>>;

export async function openRaceRig() {
  const { testDb, tree, signedIn } = await openTreeDatabase(
    { name: 'race fed', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'race reg R0', role: 'regional_admin', scopeCode: 'T-R0' },
    { name: 'race reg R1', role: 'regional_admin', scopeCode: 'T-R1' },
    { name: 'race dis R0M0', role: 'district_admin', scopeCode: 'T-R0M0' },
    { name: 'race dis R0M1', role: 'district_admin', scopeCode: 'T-R0M1' },
    { name: 'race dis R1M0', role: 'district_admin', scopeCode: 'T-R1M0' },
    { name: 'race dis R1M1', role: 'district_admin', scopeCode: 'T-R1M1' },
  );
  const [fed, reg0, reg1] = signedIn;
  if (!fed || !reg0 || !reg1) throw new Error('personas missing');
  return rig(testDb, tree, signedIn, fed.caller, [reg0, reg1]);
}

function rig(
  testDb: TestDatabase,
  tree: Tree,
  admins: SignedIn[],
  federal: Caller,
  [reg0, reg1]: [SignedIn, SignedIn],
) {
  const db = testDb.database.db;
  const M = tree.byCode('T-R0M0').id;
  const regional = new Map([
    [reg0.node.id, reg0.caller],
    [reg1.node.id, reg1.caller],
  ]);
  let counter = 0;

  const unitRow = async (id: number) => {
    const [row] = await db
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

  const otherRegion = (region: number) => (region === reg0.node.id ? reg1.node.id : reg0.node.id);
  const regionalOf = (region: number) => {
    const caller = regional.get(region);
    if (!caller) throw new Error(`no regional admin of ${region}`);
    return caller;
  };

  return {
    testDb,
    db,
    tree,
    federal,
    M,
    unitRow,
    regionalOf,

    /** A unit inserted directly, as a fixture for one round. */
    async insertUnit(parentId: number, level: OrgLevel) {
      const parent = await unitRow(parentId);
      const [row] = await queryRows<{ id: number }>(
        db,
        sql`select nextval('org_units_id_seq')::int as id`,
      );
      const id = row?.id ?? 0;
      counter += 1;
      await db.insert(schema.orgUnits).values({
        id,
        parentId,
        level,
        kind: level === 'institution' ? 'school' : 'municipality',
        code: `RACE-F-${counter}`,
        name: `Race fixture ${counter}`,
        path: [...parent.path, id],
        depth: parent.path.length,
      });
      return id;
    },

    /** Moves M to the other region; returns the region it left. */
    async moveM() {
      const { parentId, version } = await unitRow(M);
      const from = parentId ?? 0;
      return {
        from,
        move: federal.orgUnits.move({
          id: M,
          version,
          newParentId: otherRegion(from),
          reason: REASON,
        }),
      };
    },

    /** The last audit row of `action` on the entity (ids follow commit order: the chain's lock). */
    async lastAudit(action: string, entityId: number) {
      const [row] = await queryRows<{ id: number; org_path: number[] | null }>(
        db,
        sql`select id::int as id, org_path from audit_log
             where action = ${action} and entity_id = ${String(entityId)}
             order by id desc limit 1`,
      );
      return row;
    },

    async expectSoundTree() {
      const report = await checkHierarchyIntegrity(db);
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
        db,
        sql`select id from org_units where parent_id = ${M} order by id desc limit 1`,
      );
      for (const id of [M, ...(child ? [child.id] : [])]) {
        expect((await settle(regionalOf(here).orgUnits.byId({ id }))).ok).toBe(true);
        expect(await settle(regionalOf(otherRegion(here)).orgUnits.byId({ id }))).toMatchObject({
          ok: false,
          code: 'NOT_FOUND',
        });
      }
    },
  };
}
