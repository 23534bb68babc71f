import { authorityStaffRoles, type PlanAction, type RowError } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../client';

// As text[]: PGlite cannot serialize a parameter typed as an enum array.
const authority = sql`${sql.param([...authorityStaffRoles])}::text[]`;
const err = (field: string, key: string) => sql.raw(`'${field}|imports.errors.${key}'`);

/**
 * Every staged row of a job compared with the live data: the unit it names (looked up
 * only inside `nodeId`'s subtree, so a unit elsewhere reads as unknown), the person it
 * matches, its errors, the fields it changes and the action that follows.
 */
function classified(jobId: number, nodeId: number) {
  const inScope = (path: ReturnType<typeof sql>) => sql`${path} @> array[${nodeId}]::integer[]`;
  return sql`
    select c.*, case
             when cardinality(c.plan_errors) > 0 or cardinality(c.parse_errors) > 0 then 'error'
             when c.staff_id is null then
               case when c.status = 'deactivated' then 'skip' else 'create' end
             when c.status = 'deactivated' then
               case when c.funnel_status = 'deactivated' then 'unchanged' else 'deactivate' end
             when cardinality(c.changed) > 0 then 'update'
             else 'unchanged' end as action
      from (
        select r.row_no, r.status, r.parse_errors, u.id as unit_id, s.id as staff_id,
               s.version as staff_version, s.funnel_status,
               array_remove(array[
                 case when r.external_id is not null and row_number() over (
                        partition by r.external_id order by r.row_no) > 1
                      then ${err('external_id', 'duplicate_external_id')} end,
                 case when r.unit_code is not null and u.id is null
                      then ${err('institution_code', 'unknown_institution')} end,
                 case when u.valid_to is not null then ${err('institution_code', 'unit_closed')} end,
                 case when r.role is not null and u.id is not null and not (case
                        when r.role::text = any(${authority}) then u.level in ('region', 'municipality')
                        else u.level = 'institution' end)
                      then ${err('role', 'role_level_mismatch')} end,
                 case when s.id is not null and not ${inScope(sql`su.path`)}
                      then ${err('external_id', 'external_id_unavailable')} end
               ], null) as plan_errors,
               array_remove(array[
                 case when s.org_unit_id <> u.id then 'institution_code' end,
                 case when s.full_name <> r.full_name then 'full_name' end,
                 case when s.role <> r.role then 'role' end,
                 case when r.phone is not null and s.phone is distinct from r.phone then 'phone' end,
                 case when r.email is not null and s.email is distinct from r.email then 'email' end,
                 case when r.status = 'active' and s.funnel_status = 'deactivated' then 'status' end
               ], null) as changed
          from import_rows r
          left join org_units u on u.code = r.unit_code and ${inScope(sql`u.path`)}
          left join staff s on s.external_id = r.external_id
          left join org_units su on su.id = s.org_unit_id
         where r.job_id = ${jobId}) c`;
}

/**
 * Writes the plan onto the staged rows. With `unlessUnchanged` (the commit) it first
 * compares, which only reads: when the data moved nothing, the stored plan stands.
 */
export async function planImportRows(
  db: Executor,
  jobId: number,
  nodeId: number,
  options: { unlessUnchanged?: boolean } = {},
) {
  // Sorting 100,000 staged rows for the duplicate check fits in memory with this.
  await db.execute(sql`set local work_mem = '64MB'`);
  const plan = classified(jobId, nodeId);
  if (options.unlessUnchanged) {
    const [moved] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (${plan}) c
            join import_rows t on t.job_id = ${jobId} and t.row_no = c.row_no
           where (t.action, t.plan_errors, t.org_unit_id, t.staff_id, t.staff_version, t.changed)
                 is distinct from (c.action, c.plan_errors, c.unit_id, c.staff_id, c.staff_version, c.changed)`,
    );
    if (moved?.n === 0) return;
  }
  await db.execute(sql`
    update import_rows t
       set plan_errors = c.plan_errors, org_unit_id = c.unit_id, staff_id = c.staff_id,
           staff_version = c.staff_version, changed = c.changed, action = c.action
      from (${plan}) c
     where t.job_id = ${jobId} and t.row_no = c.row_no`);
}

/** Rows per planned action, and the staff records in the subtree (the hold base). */
export async function planCounts(db: Executor, jobId: number, nodeId: number) {
  const actions = await queryRows<{ action: PlanAction; n: number }>(
    db,
    sql`select action, count(*)::int as n from import_rows where job_id = ${jobId} group by action`,
  );
  const [base] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from staff s join org_units u on u.id = s.org_unit_id
         where u.path @> array[${nodeId}]::integer[]`,
  );
  return { actions, staffInScope: base?.n ?? 0 };
}

/** The first `limit` errors of the plan, in file order. */
export async function planErrors(db: Executor, jobId: number, limit: number): Promise<RowError[]> {
  const rows = await queryRows<{ row_no: number; errors: string[] }>(
    db,
    sql`select row_no, coalesce(parse_errors, '{}') || coalesce(plan_errors, '{}') as errors
          from import_rows where job_id = ${jobId} and action = 'error'
         order by row_no limit ${limit}`,
  );
  return rows.flatMap((r) =>
    r.errors.map((pair) => {
      const [field = '*', message = ''] = pair.split('|');
      return { row: r.row_no, field, message };
    }),
  );
}
