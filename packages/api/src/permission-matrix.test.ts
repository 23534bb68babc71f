import { queryRows } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { can, isWithin } from '@cutover/domain';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJobAt } from './exports/testing';
import { importJobAt } from './imports/testing';
import { appRouter } from './router';
import { type Caller, signedInCaller, testDeps } from './testing/callers';
import { freshInstitution } from './testing/fresh-institution';
import { waveOfCohort } from './testing/fresh-wave';
import {
  nodeFor,
  rowsByNode,
  type TargetRelation,
  targetRelations,
  UNKNOWN_ID,
} from './testing/matrix-targets';
import { type GatedSpec, procedureSpecs, type SpecHelpers } from './testing/procedure-specs';
import { createTargetUsers } from './testing/target-users';
import { buildTree, personas, type Tree, type TreeNode } from './testing/tree-fixture';
import type { ProcedureMeta } from './trpc';

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: ProcedureMeta } }
>;

let testDb: TestDatabase;
let tree: Tree;
let rows: Awaited<ReturnType<typeof rowsByNode>>;
let targetUserAt: (nodeId: number) => number | null;
const signedIn = new Map<string, { caller: Caller; node: TreeNode; userId: number }>();
let counter = 0;

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  rows = await rowsByNode(testDb.database, tree);
  targetUserAt = await createTargetUsers(testDb.database, tree);
  const deps = testDeps(testDb.database);
  for (const persona of personas) {
    const { caller, node, user } = await signedInCaller(deps, tree, persona);
    signedIn.set(persona.name, { caller, node, userId: user.id });
  }
}, 120_000);

afterAll(async () => {
  await testDb?.drop();
});

function targetId(spec: GatedSpec, scope: TreeNode, relation: TargetRelation): number | null {
  if (relation === 'unknown') return UNKNOWN_ID;
  const level =
    spec.target === 'region' || spec.target === 'municipality' || spec.target === 'institution'
      ? spec.target
      : undefined;
  const node =
    spec.target === 'user' || spec.target === 'staff' || spec.target === 'chat'
      ? (nodeFor(tree, scope, relation, 'institution') ?? nodeFor(tree, scope, relation))
      : nodeFor(tree, scope, relation, level);
  if (!node) return null;
  if (spec.target === 'staff') return rows.staff(node.id);
  if (spec.target === 'chat') return rows.chat(node.id);
  if (spec.target === 'audit') return rows.audit(node.id);
  if (spec.target === 'deadline') return rows.deadline(node.id);
  if (spec.target === 'user') return targetUserAt(node.id);
  return node.id;
}

/** The path each kind of returned row belongs to, for the independent scope check. */
function pathOf(row: Record<string, unknown>): readonly number[] | null {
  const candidate = row.scopePath ?? row.orgUnitPath ?? row.orgPath ?? row.path;
  return Array.isArray(candidate) ? (candidate as number[]) : null;
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result;
  const data = (result as { data?: unknown }).data;
  return Array.isArray(data) ? data : [result as Record<string, unknown>];
}

async function outcome(promise: Promise<unknown>) {
  try {
    return { ok: true as const, value: await promise };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false as const, code: error.code };
    throw error;
  }
}

describe('permission matrix', () => {
  it('has an entry for every procedure of the app router, and every gated one declares its permission', () => {
    const missing = Object.keys(procedures).filter((path) => !procedureSpecs[path]);
    expect(missing).toEqual([]);
    const stale = Object.keys(procedureSpecs).filter((path) => !procedures[path]);
    expect(stale).toEqual([]);
    for (const [path, spec] of Object.entries(procedureSpecs)) {
      if (spec.kind === 'self') {
        expect(procedures[path]?._def.meta?.self, `${path} is open to every role`).toBe(true);
        continue;
      }
      if (spec.kind !== 'gated' && spec.kind !== 'global') continue;
      const meta = procedures[path]?._def.meta;
      expect(meta?.resource && meta.action, `${path} declares resource and action`).toBeTruthy();
    }
  });

  const cases = Object.entries(procedureSpecs).flatMap(([path, spec]) =>
    spec.kind === 'gated'
      ? personas.flatMap((persona) =>
          targetRelations.map((relation) => ({ path, spec, persona, relation })),
        )
      : [],
  );

  const globalCases = Object.entries(procedureSpecs).flatMap(([path, spec]) =>
    spec.kind === 'global' ? personas.map((persona) => ({ path, spec, persona })) : [],
  );

  it.each(globalCases)(
    '$path (the same for every scope) as $persona.name',
    async ({ path, spec, persona }) => {
      const session = signedIn.get(persona.name);
      if (!session || spec.kind !== 'global') throw new Error('persona not signed in');
      const meta = procedures[path]?._def.meta ?? {};
      const allowed =
        meta.resource && meta.action ? can(persona.role, meta.resource, meta.action) : false;
      const result = await outcome(spec.invoke(session.caller, helpers()));
      expect(result.ok ? 'OK' : result.code).toBe(allowed ? 'OK' : 'FORBIDDEN');
    },
  );

  it.each(cases)(
    '$path as $persona.name on $relation target',
    async ({ path, spec, persona, relation }) => {
      const session = signedIn.get(persona.name);
      if (!session) throw new Error('persona not signed in');
      const id = targetId(spec, session.node, relation);
      if (id === null) return; // no such target exists for this persona (a country has no sibling)
      const meta = procedures[path]?._def.meta ?? {};
      const allowed =
        meta.resource && meta.action ? can(persona.role, meta.resource, meta.action) : false;
      const result = await outcome(spec.invoke(session.caller, id, helpers()));

      if (!allowed) {
        expect(result).toEqual({ ok: false, code: 'FORBIDDEN' });
        return;
      }
      if (result.ok) {
        for (const row of rowsOf(result.value)) {
          const rowPath = pathOf(row);
          if (rowPath)
            expect(isWithin(rowPath, session.node.path), `${path} leaked a row`).toBe(true);
        }
      }
      if (relation === 'own') {
        expect(result.ok, `${path} should succeed on own subtree`).toBe(true);
        if (result.ok) expect(rowsOf(result.value).length).toBeGreaterThan(0);
        return;
      }
      if (spec.outside === 'EMPTY') {
        // A filter on an ancestor narrows to the caller's own rows; other targets yield none.
        expect(result.ok).toBe(true);
        if (result.ok && relation !== 'ancestor') expect(rowsOf(result.value)).toHaveLength(0);
        return;
      }
      expect(result).toEqual({ ok: false, code: spec.outside });
    },
  );

  // Last: before the rule held, some of these closed the persona's own scope node.
  const scopeNodeCases = Object.entries(procedureSpecs).flatMap(([path, spec]) =>
    spec.kind === 'gated' && spec.onScopeNode
      ? personas.map((persona) => ({ path, onScopeNode: spec.onScopeNode, persona }))
      : [],
  );

  it.each(scopeNodeCases)(
    '$path as $persona.name on its own scope node',
    async ({ path, onScopeNode, persona }) => {
      const session = signedIn.get(persona.name);
      if (!session || !onScopeNode) throw new Error('persona not signed in');
      const meta = procedures[path]?._def.meta ?? {};
      const allowed =
        meta.resource && meta.action ? can(persona.role, meta.resource, meta.action) : false;
      const result = await outcome(onScopeNode.invoke(session.caller, session.node.id, helpers()));
      expect(result).toEqual({ ok: false, code: allowed ? onScopeNode.refused : 'FORBIDDEN' });
    },
  );
});

function helpers(): SpecHelpers {
  return {
    userVersion: (userId) => versionOf('users', userId),
    nodeVersion: (nodeId) => versionOf('org_units', nodeId),
    freshInstitution: (parentId) => freshInstitution(testDb.database, parentId, ++counter),
    importJob: (nodeId) => importJobAt(testDb.database, nodeId),
    exportJob: (nodeId) => exportJobAt(testDb.database, nodeId),
    unique: () => `${++counter}`,
    waveId: rows.waveId,
    waveOf: (code) => waveOfCohort(testDb.database, code),
  };
}

async function versionOf(table: 'users' | 'org_units', id: number): Promise<number> {
  const rows = await queryRows<{ version: number }>(
    testDb.database.db,
    sql`select version from ${sql.identifier(table)} where id = ${id}`,
  );
  return rows[0]?.version ?? 1;
}
