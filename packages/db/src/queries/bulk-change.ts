import type { AuditAction, AuditEntityType } from '@cutover/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../client';
import type { AuditActor } from './audit-log/audit';

/**
 * One set-based change of many rows. `target` is a SELECT of the rows to change (already
 * confined to the caller's scope) exposing `id`, `path` and the columns `before` reads
 * as `target.<column>`; `after` reads the updated table's new values.
 */
export interface BulkChange {
  table: 'staff' | 'official_chats';
  target: SQL;
  /** Lock clause naming the table inside `target` ("of staff"). */
  lockOf: SQL;
  set: SQL;
  action: AuditAction;
  entityType: AuditEntityType;
  before: SQL;
  after: SQL;
  /** The org path the audit row belongs to; `target.path` unless the change moves the row. */
  orgPath?: SQL;
}

/**
 * Runs the change as one statement: UPDATE ... FROM the target rows, and one audit row per
 * changed record through INSERT ... SELECT in the same statement (the table's trigger
 * chains the hashes row by row). A dry run only counts what would change.
 */
export async function runBulkChange(
  db: Executor,
  actor: AuditActor,
  change: BulkChange,
  dryRun: boolean,
): Promise<number> {
  const table = sql.identifier(change.table);
  const query = dryRun
    ? sql`with target as (${change.target}) select count(*)::int as affected from target`
    : sql`
      with target as (${change.target} for update ${change.lockOf}),
      changed as (
        update ${table}
           set ${change.set}, version = ${table}.version + 1, updated_at = now()
          from target
         where ${table}.id = target.id
        returning ${table}.id, ${change.before} as before, ${change.after} as after,
                  ${change.orgPath ?? sql`target.path`} as org_path
      ),
      logged as (
        insert into audit_log
          (actor_user_id, actor_login, request_id, client_ip,
           action, entity_type, entity_id, org_path, before, after)
        select ${actor.userId}::integer, ${actor.login}::text, ${actor.requestId}::text,
               ${actor.clientIp}::text, ${change.action}::text, ${change.entityType}::text,
               changed.id::text, changed.org_path, changed.before, changed.after
          from changed
         order by changed.id
        returning 1
      )
      select count(*)::int as affected from logged`;
  const [row] = await queryRows<{ affected: number }>(db, query);
  return row?.affected ?? 0;
}

/** `id = any($ids)` with one array parameter, however many ids a bulk action carries. */
export function idIn(column: AnyPgColumn, ids: readonly number[]): SQL {
  return sql`${column} = any(${sql.param([...ids])}::bigint[])`;
}
