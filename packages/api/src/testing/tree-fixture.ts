import { type Database, schema } from '@cutover/db';
import type { OrgKind, OrgLevel, Role } from '@cutover/domain';
import { sql } from 'drizzle-orm';

/**
 * A small country for scope tests: two regions, two municipalities each, two schools
 * each, staff everywhere, with ids chosen so that prefix mistakes would show
 * (node 2 vs node 20-something, user ids equal to org ids).
 */
export interface TreeNode {
  id: number;
  parentId: number | null;
  level: OrgLevel;
  kind: OrgKind;
  path: number[];
  code: string;
}

export async function buildTree(database: Database) {
  const nodes: TreeNode[] = [];
  const add = (
    id: number,
    parent: TreeNode | null,
    level: OrgLevel,
    kind: OrgKind,
    code: string,
  ) => {
    const node = {
      id,
      parentId: parent?.id ?? null,
      level,
      kind,
      path: [...(parent?.path ?? []), id],
      code,
    };
    nodes.push(node);
    return node;
  };
  const country = add(1, null, 'country', 'country', 'T-RU');
  let next = 2;
  for (const r of [0, 1]) {
    const region = add(next++, country, 'region', 'region', `T-R${r}`);
    for (const m of [0, 1]) {
      const municipality = add(next++ * 10, region, 'municipality', 'municipality', `T-R${r}M${m}`);
      for (const s of [0, 1]) {
        add(
          municipality.id * 10 + s + 1,
          municipality,
          'institution',
          'school',
          `T-R${r}M${m}S${s}`,
        );
      }
    }
  }
  await database.db.insert(schema.orgUnits).values(
    nodes.map((n) => ({
      id: n.id,
      parentId: n.parentId,
      level: n.level,
      kind: n.kind,
      code: n.code,
      name: `Unit ${n.code}`,
      path: n.path,
      depth: n.path.length - 1,
    })),
  );
  // New units get ids past the fixture's. The runtime role may draw ids but not setval them.
  await database.db.execute(
    sql`select max(nextval('org_units_id_seq')) from generate_series(1, 100000)`,
  );
  const staffRows = nodes.flatMap((n) =>
    [0, 1].map((i) => ({
      orgUnitId: n.id,
      fullName: `Person ${n.code}-${i}`,
      role: n.level === 'institution' ? ('teacher' as const) : ('municipal_officer' as const),
      phone: `+7900000${n.id}${i}`,
    })),
  );
  await database.db.insert(schema.staff).values(staffRows);
  return { nodes, byCode: (code: string) => must(nodes.find((n) => n.code === code)) };
}

export type Tree = Awaited<ReturnType<typeof buildTree>>;

export interface Persona {
  name: string;
  role: Role;
  scopeCode: string;
}

/** Each role, scoped at different nodes of the fixture tree. */
export const personas: readonly Persona[] = [
  { name: 'federal', role: 'federal_admin', scopeCode: 'T-RU' },
  { name: 'regional R0', role: 'regional_admin', scopeCode: 'T-R0' },
  { name: 'district R0M0', role: 'district_admin', scopeCode: 'T-R0M0' },
  { name: 'district R1M1', role: 'district_admin', scopeCode: 'T-R1M1' },
  { name: 'school R0M0S0', role: 'school_admin', scopeCode: 'T-R0M0S0' },
  { name: 'auditor R1', role: 'auditor', scopeCode: 'T-R1' },
  { name: 'auditor country', role: 'auditor', scopeCode: 'T-RU' },
];

export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('fixture lookup failed');
  return value;
}
