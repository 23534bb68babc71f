import type { AuditAction, AuditEntityType } from '@cutover/domain';
import type { Executor } from '../../client';
import { auditLog } from '../../schema/index';

export interface AuditActor {
  userId: number | null;
  login: string | null;
  requestId: string | null;
  clientIp: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | number | null;
  orgPath?: readonly number[] | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The one way to write the audit log: always inside the caller's transaction, so the
 * record commits or rolls back with the change it describes. The hash chain is the
 * database trigger's job.
 */
export async function recordAudit(tx: Executor, actor: AuditActor, entry: AuditEntry) {
  await tx.insert(auditLog).values({
    actorUserId: actor.userId,
    actorLogin: actor.login,
    requestId: actor.requestId,
    clientIp: actor.clientIp,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    orgPath: entry.orgPath ? [...entry.orgPath] : null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
