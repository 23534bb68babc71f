import { authorityStaffRoles, type ListParams, type StaffBulkAction } from '@cutover/domain';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../../client';
import { orgUnits, staff } from '../../schema/index';
import type { AuditActor } from '../audit-log/audit';
import { idIn, runBulkChange } from '../bulk-change';
import { type Scope, withinScope } from '../scope';
import { staffListFilters } from './staff';

export type NewStaff = Omit<typeof staff.$inferInsert, 'id' | 'version' | 'createdAt'>;
type StaffSet = PgUpdateSetSource<typeof staff>;

/** The unit a person belongs to lies in the caller's subtree. */
const unitInScope = (unit: AnyPgColumn | number, scope: Scope) =>
  sql`exists (select 1 from ${orgUnits} where ${orgUnits.id} = ${unit} and ${withinScope(orgUnits.path, scope)})`;

/** A reactivated person returns to the stage their own history shows. */
const impliedStatus = sql`(case
  when ${staff.lastActiveAt} >= now() - interval '7 days' then 'active'
  when ${staff.registeredAt} is not null then 'registered'
  when ${staff.invitedAt} is not null then 'invited'
  else 'not_invited' end)::funnel_status`;

const statusActions: Record<Exclude<StaffBulkAction, 'transfer'>, { applies: SQL; set: SQL }> = {
  deactivate: {
    applies: sql`${staff.funnelStatus} <> 'deactivated'`,
    set: sql`funnel_status = 'deactivated', deactivated_at = now()`,
  },
  reactivate: {
    applies: sql`${staff.funnelStatus} = 'deactivated'`,
    set: sql`funnel_status = ${impliedStatus}, deactivated_at = null`,
  },
  invite: {
    applies: sql`${staff.funnelStatus} = 'not_invited'`,
    set: sql`funnel_status = 'invited', invited_at = now()`,
  },
};

export interface StaffSelection {
  ids?: readonly number[] | undefined;
  filter?: ListParams['filter'] | undefined;
}

/** The institution a bulk transfer moves people to, already checked to be in scope. */
export interface TransferTarget {
  id: number;
  path: readonly number[];
}

/**
 * Writes on staff. Callers load people through the caller's scope first; every write here
 * is also confined to the scope, so a forgotten check cannot reach outside it.
 */
export function staffWrites(db: Executor, scope: Scope, actor: AuditActor) {
  const update = async (id: number, version: number, changes: StaffSet) => {
    const [row] = await db
      .update(staff)
      .set({ ...changes, version: sql`${staff.version} + 1`, updatedAt: new Date() })
      .where(and(eq(staff.id, id), eq(staff.version, version), unitInScope(staff.orgUnitId, scope)))
      .returning({ id: staff.id, version: staff.version });
    return row ?? null;
  };
  const unitVisible = async (orgUnitId: number) =>
    (await queryRows(db, sql`select 1 where ${unitInScope(orgUnitId, scope)}`)).length > 0;

  return {
    async create(values: NewStaff) {
      if (!(await unitVisible(values.orgUnitId))) return null;
      const [row] = await db.insert(staff).values(values).returning({ id: staff.id });
      return row?.id ?? null;
    },

    async update(
      id: number,
      version: number,
      changes: Pick<StaffSet, 'fullName' | 'role' | 'phone' | 'email' | 'orgUnitId'>,
    ) {
      if (typeof changes.orgUnitId === 'number' && !(await unitVisible(changes.orgUnitId))) {
        return null;
      }
      return update(id, version, changes);
    },

    deactivate: (id: number, version: number) =>
      update(id, version, { funnelStatus: 'deactivated', deactivatedAt: sql`now()` }),

    reactivate: (id: number, version: number) =>
      update(id, version, { funnelStatus: impliedStatus, deactivatedAt: null }),

    /** Number of people changed (or, on a dry run, that would change). */
    bulk(
      action: StaffBulkAction,
      selection: StaffSelection,
      options: { dryRun: boolean; transferTo?: TransferTarget | undefined },
    ) {
      const chosen = selection.ids
        ? [withinScope(orgUnits.path, scope), idIn(staff.id, selection.ids)]
        : staffListFilters(selection.filter ?? {}, scope);
      const to = options.transferTo;
      const step =
        action === 'transfer'
          ? transferStep(to, scope)
          : { ...statusActions[action], orgPath: undefined };
      const target = sql`
        select ${staff.id}, ${staff.funnelStatus}, ${staff.orgUnitId}, ${orgUnits.path}
          from ${staff} inner join ${orgUnits} on ${orgUnits.id} = ${staff.orgUnitId}
         where ${sql.join([...chosen, step.applies], sql` and `)}`;
      return runBulkChange(
        db,
        actor,
        {
          table: 'staff',
          target,
          lockOf: sql`of ${staff}`,
          set: step.set,
          action: `staff.${action}`,
          entityType: 'staff',
          before: sql`jsonb_build_object('funnelStatus', target.funnel_status, 'orgUnitId', target.org_unit_id)`,
          after: sql`jsonb_build_object('funnelStatus', ${staff.funnelStatus}, 'orgUnitId', ${staff.orgUnitId}, 'bulk', true)`,
          orgPath: step.orgPath,
        },
        options.dryRun,
      );
    },
  };
}

/** Moves people to an institution in scope; authority staff never move to a school. */
function transferStep(to: TransferTarget | undefined, scope: Scope) {
  if (!to) throw new Error('a transfer needs a target unit');
  return {
    applies: sql`${staff.orgUnitId} <> ${to.id} and ${unitInScope(to.id, scope)}
      and not (${staff.role} = any(${sql.param([...authorityStaffRoles])}::staff_role[]))`,
    set: sql`org_unit_id = ${to.id}`,
    orgPath: sql`${sql.param([...to.path])}::integer[]`,
  };
}
export type StaffWrites = ReturnType<typeof staffWrites>;
