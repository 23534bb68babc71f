import { childLevelOf, isValidKindForLevel, orgKinds, orgLevels } from '@cutover/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from './client';

export const integrityChecks = [
  'cycle',
  'orphan',
  'path_mismatch',
  'depth_mismatch',
  'wrong_level',
  'wrong_kind',
  'open_under_closed',
  'misplaced_rows',
] as const;
export type IntegrityCheck = (typeof integrityChecks)[number];

export interface IntegrityProblem {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  /** What is wrong, in a phrase for the console. */
  detail: string;
}

export interface IntegrityReport {
  ok: boolean;
  units: number;
  /** Per check: how many units fail it, and the first few of them. */
  findings: Record<IntegrityCheck, { count: number; examples: IntegrityProblem[] }>;
}

/** The hierarchy has four levels; a walk up that takes longer has met a cycle. */
const MAX_WALK = 32;

const levelPairs = orgLevels.flatMap((level) => {
  const child = childLevelOf(level);
  return child ? [sql`(${level}, ${child})`] : [];
});
const kindPairs = orgLevels.flatMap((level) =>
  orgKinds
    .filter((kind) => isValidKindForLevel(level, kind))
    .map((kind) => sql`(${kind}, ${level})`),
);

const unitColumns = sql`u.id::int as id, u.code, u.name, u.parent_id::int as "parentId"`;

/** Each check selects the failing units with a `detail`; the parent, where needed, is `p`. */
const checks: Record<IntegrityCheck, SQL> = {
  // Units whose walk up the parents comes back to themselves.
  cycle: sql`
    with recursive up(start_id, id, steps) as (
      select id, parent_id, 1 from org_units where parent_id is not null
      union all
      select up.start_id, o.parent_id, up.steps + 1
        from up join org_units o on o.id = up.id
       where up.id <> up.start_id and o.parent_id is not null and up.steps < ${MAX_WALK}
    )
    select ${unitColumns}, 'its parents lead back to it' as detail
      from org_units u
     where u.id in (select start_id from up where id = start_id)`,
  // A parent that does not exist, or no parent below the country level.
  orphan: sql`
    select ${unitColumns},
           case when u.parent_id is null then 'no parent, but not the country'
                else 'parent ' || u.parent_id || ' does not exist' end as detail
      from org_units u left join org_units p on p.id = u.parent_id
     where (u.parent_id is not null and p.id is null)
        or (u.parent_id is null and u.level <> 'country')`,
  path_mismatch: sql`
    select ${unitColumns},
           'path ' || array_to_string(u.path, '/') || ' should be '
             || array_to_string(coalesce(p.path, array[]::int[]) || u.id, '/') as detail
      from org_units u left join org_units p on p.id = u.parent_id
     where (u.parent_id is null or p.id is not null)
       and u.path is distinct from coalesce(p.path, array[]::int[]) || u.id`,
  depth_mismatch: sql`
    select ${unitColumns},
           'depth ' || u.depth || ' for a path of ' || cardinality(u.path) || ' ids' as detail
      from org_units u
     where u.depth <> cardinality(u.path) - 1`,
  wrong_level: sql`
    select ${unitColumns},
           u.level || ' directly under ' || p.level as detail
      from org_units u join org_units p on p.id = u.parent_id
     where (p.level::text, u.level::text) not in (${sql.join(levelPairs, sql`, `)})`,
  wrong_kind: sql`
    select ${unitColumns}, 'kind ' || u.kind || ' at the ' || u.level || ' level' as detail
      from org_units u
     where (u.kind::text, u.level::text) not in (${sql.join(kindPairs, sql`, `)})`,
  // Closing refuses a unit with open children, and nothing opens under a closed one.
  open_under_closed: sql`
    select ${unitColumns}, 'open, but its parent closed on ' || to_char(p.valid_to, 'YYYY-MM-DD') as detail
      from org_units u join org_units p on p.id = u.parent_id
     where u.valid_to is null and p.valid_to is not null`,
  // Staff and chats carry their unit's region and municipality (path[2], path[3]) for lists.
  misplaced_rows: sql`
    select ${unitColumns}, count(*) || ' staff or chats carry another region or municipality' as detail
      from org_units u
      join (select org_unit_id, region_id, municipality_id from staff
            union all
            select org_unit_id, region_id, municipality_id from official_chats) r
        on r.org_unit_id = u.id
     where r.region_id is distinct from u.path[2] or r.municipality_id is distinct from u.path[3]
     group by u.id`,
};

const EXAMPLES = 20;

/**
 * Checks the org tree the way `pnpm integrity` reports it: cycles, orphans, paths and
 * depths that disagree with the parents, units of the wrong level under their parent,
 * kinds that do not fit the level, open units under a closed parent, and staff or chats
 * that carry another region or municipality than their unit's. Read-only; one
 * query per check.
 */
export async function checkHierarchyIntegrity(db: Executor): Promise<IntegrityReport> {
  const [total] = await queryRows<{ units: number }>(
    db,
    sql`select count(*)::int as units from org_units`,
  );
  const findings = {} as IntegrityReport['findings'];
  for (const check of integrityChecks) {
    const [counted] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from (${checks[check]}) found`,
    );
    const examples = await queryRows<IntegrityProblem>(
      db,
      sql`select * from (${checks[check]}) found order by id limit ${EXAMPLES}`,
    );
    findings[check] = { count: counted?.count ?? 0, examples };
  }
  const ok = integrityChecks.every((check) => findings[check].count === 0);
  return { ok, units: total?.units ?? 0, findings };
}
