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
  'miscounted_lists',
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
  // list_counts (the lists' totals) must sum to the real rows per region, municipality
  // and status; the unit named is the municipality, the region, or the country.
  miscounted_lists: sql`
    with counted as (
      select list, coalesce(region_id, 0) as r, coalesce(municipality_id, 0) as m, status,
             sum(row_count) as n
        from list_counts group by 1, 2, 3, 4
    ), actual as (
      select 'staff' as list, coalesce(region_id, 0) as r, coalesce(municipality_id, 0) as m,
             funnel_status::text as status, count(*) as n
        from staff group by 1, 2, 3, 4
      union all
      select 'chats', coalesce(region_id, 0), coalesce(municipality_id, 0), status::text, count(*)
        from official_chats group by 1, 2, 3, 4
    ), differ as (
      select coalesce(c.list, a.list) as list, coalesce(c.r, a.r) as r, coalesce(c.m, a.m) as m,
             coalesce(c.status, a.status) as status, coalesce(c.n, 0) as counted,
             coalesce(a.n, 0) as real
        from counted c full join actual a
          on a.list = c.list and a.r = c.r and a.m = c.m and a.status = c.status
       where coalesce(c.n, 0) <> coalesce(a.n, 0)
    )
    select ${unitColumns},
           d.list || ' ' || d.status || ': counted ' || d.counted || ', really ' || d.real as detail
      from differ d
      join org_units u on u.id = case when d.m <> 0 then d.m when d.r <> 0 then d.r
                                      else (select id from org_units where parent_id is null limit 1) end`,
};

const EXAMPLES = 20;

/**
 * Checks the org tree the way `pnpm integrity` reports it: cycles, orphans, paths and
 * depths that disagree with the parents, units of the wrong level under their parent,
 * kinds that do not fit the level, open units under a closed parent, staff or chats
 * that carry another region or municipality than their unit's, and list totals
 * (list_counts) that disagree with the rows. Read-only; one
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
