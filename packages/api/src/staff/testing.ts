import { type Database, queryRows } from '@cutover/db';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { AppError } from '../errors';

/** What a client would see of a refusal: the tRPC code, the message key and field errors. */
export async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const fields = error.cause instanceof AppError ? error.cause.fields : {};
    return { code: error.code, message: error.message, fields };
  }
  throw new Error('expected a failure');
}

export interface AuditRow {
  id: number;
  action: string;
  entity_id: string;
  org_path: number[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actor_user_id: number | null;
  actor_login: string | null;
  request_id: string | null;
  client_ip: string | null;
}

/** Audit rows of one entity type written after `afterId`, oldest first. */
export function auditSince(database: Database, entityType: string, afterId: number) {
  return queryRows<AuditRow>(
    database.db,
    sql`select id::int, action, entity_id, org_path, before, after, actor_user_id, actor_login,
               request_id, client_ip
          from audit_log where entity_type = ${entityType} and id > ${afterId} order by id`,
  );
}

export async function lastAuditId(database: Database): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    database.db,
    sql`select coalesce(max(id), 0)::int as id from audit_log`,
  );
  return row?.id ?? 0;
}
