import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../client';
import type { AuditActor } from '../audit-log/audit';
import { runBulkChange } from '../bulk-change';

/** A reactivated person returns to the stage their own history shows. */
const impliedStatus = sql`(case
  when staff.last_active_at >= now() - interval '7 days' then 'active'
  when staff.registered_at is not null then 'registered'
  when staff.invited_at is not null then 'invited'
  else 'not_invited' end)::funnel_status`;

const snapshot = (from: string, jobId: number) =>
  sql.raw(`jsonb_build_object('orgUnitId', ${from}.org_unit_id, 'fullName', ${from}.full_name,
    'role', ${from}.role, 'phone', ${from}.phone, 'email', ${from}.email,
    'externalId', ${from}.external_id, 'funnelStatus', ${from}.funnel_status,
    'importJobId', ${Math.trunc(jobId)})`);

/** Planned rows of one action joined to the person they change, at the version planned. */
const planned = (jobId: number, action: string) => sql`
  select staff.*, r.org_unit_id as new_unit, r.full_name as new_name, r.role as new_role,
         r.phone as new_phone, r.email as new_email, r.status as new_status, u.path
    from staff
    join import_rows r on r.staff_id = staff.id and r.job_id = ${jobId} and r.action = ${action}
                      and r.staff_version = staff.version
    join org_units u on u.id = coalesce(r.org_unit_id, staff.org_unit_id)`;

/**
 * Applies a job's plan set-based: one statement per action, each writing one audit row per
 * person through INSERT ... SELECT. Returns how many rows each statement changed; a count
 * below the plan means someone changed those people since, and the caller rolls back.
 */
export async function applyImportPlan(db: Executor, actor: AuditActor, jobId: number) {
  const actorColumns = sql`${actor.userId}::integer, ${actor.login}::text, ${actor.requestId}::text,
    ${actor.clientIp}::text`;
  const [created] = await queryRows<{ affected: number }>(
    db,
    sql`with created as (
          insert into staff (org_unit_id, external_id, full_name, role, phone, email)
          select org_unit_id, external_id, full_name, role, phone, email from import_rows
           where job_id = ${jobId} and action = 'create' order by row_no
          returning *),
        logged as (
          insert into audit_log (actor_user_id, actor_login, request_id, client_ip,
                                 action, entity_type, entity_id, org_path, before, after)
          select ${actorColumns}, 'staff.create', 'staff', c.id::text, u.path, null,
                 ${snapshot('c', jobId)}
            from created c join org_units u on u.id = c.org_unit_id order by c.id
          returning 1)
        select count(*)::int as affected from logged`,
  );
  const common = { table: 'staff' as const, lockOf: sql`of staff`, entityType: 'staff' as const };
  const updated = await runBulkChange(
    db,
    actor,
    {
      ...common,
      target: planned(jobId, 'update'),
      set: sql`org_unit_id = target.new_unit, full_name = target.new_name, role = target.new_role,
        phone = coalesce(target.new_phone, target.phone), email = coalesce(target.new_email, target.email),
        funnel_status = case when target.new_status = 'active' and target.funnel_status = 'deactivated'
          then ${impliedStatus} else target.funnel_status end,
        deactivated_at = case when target.new_status = 'active' then null else target.deactivated_at end`,
      action: 'staff.update',
      before: snapshot('target', jobId),
      after: snapshot('staff', jobId),
    },
    false,
  );
  const deactivated = await runBulkChange(
    db,
    actor,
    {
      ...common,
      target: planned(jobId, 'deactivate'),
      set: sql`funnel_status = 'deactivated', deactivated_at = now()`,
      action: 'staff.deactivate',
      before: sql`jsonb_build_object('funnelStatus', target.funnel_status)`,
      after: sql`jsonb_build_object('funnelStatus', staff.funnel_status, 'importJobId', ${jobId}::integer)`,
    },
    false,
  );
  return { create: created?.affected ?? 0, update: updated, deactivate: deactivated };
}
