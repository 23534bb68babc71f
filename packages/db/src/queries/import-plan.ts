import { authorityStaffRoles, type PlanAction, type RowError } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';

const authority = sql`${sql.param([...authorityStaffRoles])}::staff_role[]`;
const err = (field: string, key: string) => sql.raw(`'${field}|imports.errors.${key}'`);

/**
 * Compares a job's staged rows with the live data in one statement and writes the plan
 * onto them: the unit each row names (looked up only inside `nodeId`'s subtree, so a
 * unit elsewhere reads as unknown), the person it matches, the errors and the action.
 */
export async function planImportRows(db: Executor, jobId: number, nodeId: number) {
  const inScope = (path: ReturnType<typeof sql>) => sql`${path} @> array[${nodeId}]::integer[]`;
  await db.execute(sql`
    with r as (select * from import_rows where job_id = ${jobId}),
    dup as (
      select row_no, row_number() over (partition by external_id order by row_no) > 1 as repeated
        from r where external_id is not null),
    unit as (
      select r.row_no, u.id, u.level, u.valid_to from r
        join org_units u on u.code = r.unit_code and ${inScope(sql`u.path`)}),
    person as (
      select r.row_no, s.id, s.version, s.org_unit_id, s.full_name, s.role, s.phone, s.email,
             s.funnel_status, ${inScope(sql`su.path`)} as in_scope
        from r join staff s on s.external_id = r.external_id
        join org_units su on su.id = s.org_unit_id),
    checked as (
      select r.row_no, r.status, r.parse_errors, unit.id as unit_id, p.id as staff_id,
             p.version as staff_version, p.funnel_status,
             array_remove(array[
               case when dup.repeated then ${err('external_id', 'duplicate_external_id')} end,
               case when r.unit_code is not null and unit.id is null
                    then ${err('institution_code', 'unknown_institution')} end,
               case when unit.valid_to is not null then ${err('institution_code', 'unit_closed')} end,
               case when r.role is not null and unit.id is not null and not (case
                      when r.role = any(${authority}) then unit.level in ('region', 'municipality')
                      else unit.level = 'institution' end)
                    then ${err('role', 'role_level_mismatch')} end,
               case when p.id is not null and not p.in_scope
                    then ${err('external_id', 'external_id_unavailable')} end
             ], null) as plan_errors,
             array_remove(array[
               case when p.org_unit_id <> unit.id then 'institution_code' end,
               case when p.full_name <> r.full_name then 'full_name' end,
               case when p.role <> r.role then 'role' end,
               case when r.phone is not null and p.phone is distinct from r.phone then 'phone' end,
               case when r.email is not null and p.email is distinct from r.email then 'email' end,
               case when r.status = 'active' and p.funnel_status = 'deactivated' then 'status' end
             ], null) as changed
        from r left join dup using (row_no) left join unit using (row_no)
        left join person p using (row_no))
    update import_rows t
       set plan_errors = c.plan_errors, org_unit_id = c.unit_id, staff_id = c.staff_id,
           staff_version = c.staff_version, changed = c.changed,
           action = case
             when cardinality(c.plan_errors) > 0 or cardinality(c.parse_errors) > 0 then 'error'
             when c.staff_id is null then
               case when c.status = 'deactivated' then 'skip' else 'create' end
             when c.status = 'deactivated' then
               case when c.funnel_status = 'deactivated' then 'unchanged' else 'deactivate' end
             when cardinality(c.changed) > 0 then 'update'
             else 'unchanged' end
      from checked c
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
