import type { Executor } from './client';
import { type AuditActor, type AuditEntry, recordAudit } from './queries/audit-log/audit';
import { auditLogQueries } from './queries/audit-log/audit-log';
import { revokeUserSessions } from './queries/auth/sessions';
import { chatQueries } from './queries/chats/chats';
import { adoptionQueries } from './queries/dashboard/dashboard';
import { deadlineQueries } from './queries/deadlines/deadlines';
import { exportJobQueries } from './queries/exports/export-jobs';
import { idempotencyQueries } from './queries/idempotency/idempotency';
import { importQueries } from './queries/imports/imports';
import { orgUnitQueries } from './queries/org-units/org-units';
import { orgUnitWrites } from './queries/org-units/writes';
import { policyQueries } from './queries/policies/policies';
import { savedFilterQueries } from './queries/saved-filters/saved-filters';
import type { Scope } from './queries/scope';
import { staffQueries } from './queries/staff/staff';
import { staffWrites } from './queries/staff/writes';
import { userQueries } from './queries/users/users';
import { waveQueries } from './queries/waves/waves';

/**
 * Everything a scoped procedure may touch, bound to one transaction and the caller's
 * scope. Procedures receive this object and never the database handle itself.
 */
export function createScopedData(tx: Executor, scope: Scope, actor: AuditActor) {
  return {
    scope,
    orgUnits: orgUnitQueries(tx, scope),
    adoption: adoptionQueries(tx, scope),
    deadlines: deadlineQueries(tx, scope),
    /** The national waves: the federal admin's changes and their impact inside the scope. */
    waves: waveQueries(tx, scope),
    policies: policyQueries(tx, scope),
    orgUnitWrites: orgUnitWrites(tx, scope),
    staff: staffQueries(tx, scope),
    /** Single and bulk writes; bulk ones audit every row themselves, so they get the actor. */
    staffWrites: staffWrites(tx, scope, actor),
    chats: chatQueries(tx, scope, actor),
    /** Roster imports: jobs, staging, the set-based plan and its commit (audited per row). */
    imports: importQueries(tx, scope, actor),
    /** Keys of keyed creates: a replay returns the first outcome instead of creating again. */
    idempotency: idempotencyQueries(tx, scope),
    savedFilters: savedFilterQueries(tx, scope),
    /** Report exports: the jobs in scope; the runner streams the rows (exports/). */
    exports: exportJobQueries(tx, scope),
    users: userQueries(tx, scope),
    auditLog: auditLogQueries(tx, scope),
    audit: (entry: AuditEntry) => recordAudit(tx, actor, entry),
    /** Called only after the target was found through the caller's scope. */
    revokeSessionsOf: (userId: number) => revokeUserSessions(tx, userId),
  };
}
export type ScopedData = ReturnType<typeof createScopedData>;
