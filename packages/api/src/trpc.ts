import { findSession, type SessionRecord } from '@cutover/db';
import type { Action, Resource } from '@cutover/domain';
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { Context } from './context';
import { AppError, toTrpcError } from './errors';

/** Every procedure behind the scope gate declares what it does; the gate reads this. */
export interface ProcedureMeta {
  resource?: Resource;
  action?: Action;
  /** Procedures open to any signed-in user whatever their role (their own profile). */
  self?: boolean;
  /** The input's `password` is hashed before the transaction opens (ctx.passwordHash). */
  hashesPassword?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const app = error.cause instanceof AppError ? error.cause : null;
      const zodFields =
        error.cause instanceof ZodError
          ? Object.fromEntries(
              error.cause.issues.map((issue) => [
                issue.path.join('.') || 'input',
                'errors.invalid_field',
              ]),
            )
          : undefined;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        message: internal
          ? 'errors.internal'
          : (app?.messageKey ?? (zodFields ? 'errors.validation' : error.message)),
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          appCode: internal
            ? 'INTERNAL'
            : (app?.code ?? (zodFields ? 'VALIDATION' : shape.data.code)),
          fields: app?.fields ?? zodFields ?? {},
          params: app?.params ?? {},
          requestId: ctx?.request.requestId,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Maps every failure to the one error vocabulary and logs what the client never sees. */
const errorMapping = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (result.ok) return result;
  const mapped = toTrpcError(result.error.cause ?? result.error);
  if (mapped.code === 'INTERNAL_SERVER_ERROR') {
    ctx.deps.logger.error(
      { err: result.error.cause ?? result.error, path, requestId: ctx.request.requestId },
      'procedure failed',
    );
  }
  if (result.error.cause instanceof ZodError) throw result.error;
  throw mapped;
});

export const publicProcedure = t.procedure.use(errorMapping);

async function sessionOf(ctx: Context): Promise<SessionRecord | null> {
  const token = ctx.request.sessionToken;
  if (!token) return null;
  return findSession(ctx.deps.database.db, token, {
    idleMinutes: ctx.deps.config.sessionIdleMinutes,
    absoluteHours: ctx.deps.config.sessionAbsoluteHours,
  });
}

/** A session that has passed the password but may still owe its second factor. */
export const pendingSessionProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const session = await sessionOf(ctx);
  if (!session) throw new AppError('UNAUTHORIZED', 'errors.unauthorized');
  return next({ ctx: { session, sessionToken: ctx.request.sessionToken ?? '' } });
});

/** A signed-in user with a live session whose second factor, if due, is done. */
export const authedProcedure = pendingSessionProcedure.use(async ({ ctx, next }) => {
  if (ctx.session.secondFactorPending) {
    throw new AppError('UNAUTHORIZED', 'errors.second_factor_required');
  }
  return next();
});
