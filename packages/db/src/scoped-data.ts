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
 * scope. Procedures receive this object and never the database handle itself. Each group
 * of queries is built on first use: a request reads one or two of them, and building all
 * of them for every request was a tenth of a small list's CPU.
 */
export class ScopedData {
  // Truly private (#): a handler cannot reach the database handle at run time either.
  readonly #tx: Executor;
  readonly #actor: AuditActor;
  readonly #built = new Map<string, unknown>();

  constructor(
    tx: Executor,
    readonly scope: Scope,
    actor: AuditActor,
  ) {
    this.#tx = tx;
    this.#actor = actor;
  }

  #once<T>(name: string, build: () => T): T {
    if (!this.#built.has(name)) this.#built.set(name, build());
    return this.#built.get(name) as T;
  }

  get orgUnits() {
    return this.#once('orgUnits', () => orgUnitQueries(this.#tx, this.scope));
  }
  get adoption() {
    return this.#once('adoption', () => adoptionQueries(this.#tx, this.scope));
  }
  get deadlines() {
    return this.#once('deadlines', () => deadlineQueries(this.#tx, this.scope));
  }
  /** The national waves: the federal admin's changes and their impact inside the scope. */
  get waves() {
    return this.#once('waves', () => waveQueries(this.#tx, this.scope));
  }
  get policies() {
    return this.#once('policies', () => policyQueries(this.#tx, this.scope));
  }
  get orgUnitWrites() {
    return this.#once('orgUnitWrites', () => orgUnitWrites(this.#tx, this.scope));
  }
  get staff() {
    return this.#once('staff', () => staffQueries(this.#tx, this.scope));
  }
  /** Single and bulk writes; bulk ones audit every row themselves, so they get the actor. */
  get staffWrites() {
    return this.#once('staffWrites', () => staffWrites(this.#tx, this.scope, this.#actor));
  }
  get chats() {
    return this.#once('chats', () => chatQueries(this.#tx, this.scope, this.#actor));
  }
  /** Roster imports: jobs, staging, the set-based plan and its commit (audited per row). */
  get imports() {
    return this.#once('imports', () => importQueries(this.#tx, this.scope, this.#actor));
  }
  /** Keys of keyed creates: a replay returns the first outcome instead of creating again. */
  get idempotency() {
    return this.#once('idempotency', () => idempotencyQueries(this.#tx, this.scope));
  }
  get savedFilters() {
    return this.#once('savedFilters', () => savedFilterQueries(this.#tx, this.scope));
  }
  /** Report exports: the jobs in scope; the runner streams the rows (exports/). */
  get exports() {
    return this.#once('exports', () => exportJobQueries(this.#tx, this.scope));
  }
  get users() {
    return this.#once('users', () => userQueries(this.#tx, this.scope));
  }
  get auditLog() {
    return this.#once('auditLog', () => auditLogQueries(this.#tx, this.scope));
  }

  audit(entry: AuditEntry) {
    return recordAudit(this.#tx, this.#actor, entry);
  }

  /** Called only after the target was found through the caller's scope. */
  revokeSessionsOf(userId: number) {
    return revokeUserSessions(this.#tx, userId);
  }
}

export function createScopedData(tx: Executor, scope: Scope, actor: AuditActor): ScopedData {
  return new ScopedData(tx, scope, actor);
}
