import {
  createScopedData,
  loadScope,
  lockHierarchy,
  type Scope,
  type ScopedData,
  type SessionRecord,
} from '@cutover/db';
import { type Action, can, passwordSchema, type Resource } from '@cutover/domain';
import { hashPassword } from './auth/passwords';
import type { ScopedDeps } from './context';
import { AppError } from './errors';
import { readYourWrites, routedRead } from './read-routing';
import { authedProcedure, type ProcedureMeta } from './trpc';

class Rollback extends Error {}

/**
 * The scope gate. For a write it opens the transaction, takes the hierarchy lock and loads
 * the caller's role and scope from the database; a read takes them from the session row
 * read for this request. Then it checks the role against the permission table for the
 * procedure's declared resource and action, and hands the procedure only the scoped data
 * object: the context's `deps` lose their database handles here, so a scoped handler cannot
 * reach the raw database by types or at run time. Only the unscoped procedures in trpc.ts (sign-in, the
 * session checks, this gate) hold the raw handle.
 */
export const scopedProcedure = authedProcedure.use(
  async ({ ctx, meta, type, next, getRawInput }) => {
    if (!meta?.self && (!meta?.resource || !meta.action)) {
      throw new Error('procedure behind the scope gate declares no resource and action');
    }
    // Argon2 is slow: hash before the transaction so PGlite's one connection is not held.
    const passwordHash = meta.hashesPassword ? await hashPasswordInput(await getRawInput()) : null;
    const deps: ScopedDeps = { config: ctx.deps.config, logger: ctx.deps.logger };
    const proceed = (scope: Scope, data: ScopedData) =>
      next({ ctx: { scope, data, passwordHash, deps } });
    const dataOf = (executor: Parameters<typeof createScopedData>[0], scope: Scope) =>
      createScopedData(executor, scope, {
        userId: scope.userId,
        login: scope.login,
        requestId: ctx.request.requestId,
        clientIp: ctx.request.clientIp,
      });
    if (type === 'query') {
      // A read needs no transaction (each statement sees its own snapshot either way) and
      // no second look-up: the session was read just now, with the user's current role and
      // scope, in one statement that refuses a revoked session or a disabled user.
      const scope = sessionScope(ctx.session);
      if (meta.resource && meta.action && !can(scope.role, meta.resource, meta.action)) {
        throw new AppError('FORBIDDEN');
      }
      // The replica unless this client just wrote or it is away (see read-routing.ts).
      return routedRead(ctx, (database) => proceed(scope, dataOf(database.db, scope)));
    }
    const { database } = ctx.deps;
    let outcome: Awaited<ReturnType<typeof proceed>> | undefined;
    try {
      await database.db.transaction(async (tx) => {
        // Before the scope is loaded: a write must see the tree as it is once it may proceed.
        await lockHierarchy(tx, hierarchyLockFor(meta));
        const scope: Scope | null = await loadScope(tx, ctx.session.userId);
        if (!scope) throw new AppError('UNAUTHORIZED', 'errors.unauthorized');
        if (meta.resource && meta.action && !can(scope.role, meta.resource, meta.action)) {
          throw new AppError('FORBIDDEN');
        }
        outcome = await proceed(scope, dataOf(tx, scope));
        if (!outcome.ok) throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    if (!outcome) throw new Error('scoped procedure produced no result');
    if (outcome.ok) readYourWrites(ctx);
    return outcome;
  },
);

function sessionScope(session: SessionRecord): Scope {
  return {
    userId: session.userId,
    login: session.login,
    role: session.role,
    nodeId: session.scopeNodeId,
    path: session.scopePath,
  };
}

/**
 * Every write on the org tree itself holds the hierarchy lock alone; every other write
 * shares it (see lockHierarchy). By resource, so a new structural procedure cannot forget it.
 */
function hierarchyLockFor(meta: ProcedureMeta): 'exclusive' | 'shared' {
  return meta.resource === 'orgUnits' ? 'exclusive' : 'shared';
}

/** A procedure behind the scope gate that does `action` on `resource`. */
export function scoped(resource: Resource, action: Action) {
  return scopedProcedure.meta({ resource, action });
}

async function hashPasswordInput(raw: unknown): Promise<string | null> {
  const password = passwordSchema.safeParse((raw as { password?: unknown } | null)?.password);
  return password.success ? hashPassword(password.data) : null;
}

/** Like `scoped`, for procedures whose input carries a new password to hash. */
export function scopedWithPassword(resource: Resource, action: Action) {
  return scopedProcedure.meta({ resource, action, hashesPassword: true });
}
