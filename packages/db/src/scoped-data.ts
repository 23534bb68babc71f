import type { Db, Executor } from './client';
import { type AuditActor, type AuditEntry, recordAudit } from './queries/audit';
import { orgUnitQueries } from './queries/org-units';
import type { Scope } from './queries/scope';
import { staffQueries } from './queries/staff';
import { userQueries } from './queries/users';

/**
 * Everything a scoped procedure may touch, bound to one transaction and the caller's
 * scope. Procedures receive this object and never the database handle itself.
 */
export function createScopedData(tx: Executor, scope: Scope, actor: AuditActor) {
  return {
    scope,
    orgUnits: orgUnitQueries(tx, scope),
    staff: staffQueries(tx, scope),
    users: userQueries(tx, scope),
    audit: (entry: AuditEntry) => recordAudit(tx, actor, entry),
  };
}
export type ScopedData = ReturnType<typeof createScopedData>;

/** Runs `work` in one transaction with the scoped data object; rolls back when it throws. */
export function withScopedData<T>(
  db: Db,
  loadScope: (tx: Executor) => Promise<Scope | null>,
  actor: AuditActor,
  work: (data: ScopedData | null) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const scope = await loadScope(tx);
    return work(scope ? createScopedData(tx, scope, actor) : null);
  });
}
