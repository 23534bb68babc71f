import { findSession, type SessionRecord } from '@cutover/db';
import type { Action, Resource } from '@cutover/domain';
import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context';
import { AppError, toTrpcError } from './errors';
import { inputErrorOf, requestErrorKey } from './input-errors';
import { loggableError } from './loggable-error';
import { wireFormat } from './wire-format';

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
    transformer: wireFormat,
    errorFormatter({ shape, error, ctx }) {
      const app = error.cause instanceof AppError ? error.cause : null;
      const input = error.cause instanceof ZodError ? inputErrorOf(error.cause) : null;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        message: internal
          ? 'errors.internal'
          : (app?.messageKey ??
            input?.message ??
            requestErrorKey(error.code, error.message, error.cause)),
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          appCode: internal ? 'INTERNAL' : (app?.code ?? (input ? 'VALIDATION' : shape.data.code)),
          fields: app?.fields ?? input?.fields ?? {},
          params: app?.params ?? {},
          requestId: ctx?.request.requestId,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Maps every failure to the one error vocabulary. A refused input is logged as info, by
 * field path only; an internal failure as an error, without the values it was given.
 */
const errorMapping = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (result.ok) return result;
  const error = result.error;
  if (error.cause instanceof ZodError) {
    ctx.deps.logger.info(
      {
        path,
        requestId: ctx.request.requestId,
        fields: Object.keys(inputErrorOf(error.cause).fields),
      },
      'input refused',
    );
    throw error;
  }
  // tRPC's own refusals (a body that is not JSON, say) keep their code; the rest is mapped.
  const mapped = toTrpcError(
    error.code === 'INTERNAL_SERVER_ERROR' ? (error.cause ?? error) : error,
  );
  if (mapped.code === 'SERVICE_UNAVAILABLE') {
    ctx.deps.logger.warn(
      { err: loggableError(error.cause ?? error), path, requestId: ctx.request.requestId },
      'database unavailable',
    );
  } else if (mapped.code === 'INTERNAL_SERVER_ERROR') {
    ctx.deps.logger.error(
      { err: loggableError(error.cause ?? error), path, requestId: ctx.request.requestId },
      'procedure failed',
    );
  } else if (!(mapped.cause instanceof AppError)) {
    ctx.deps.logger.info(
      { path, requestId: ctx.request.requestId, code: mapped.code },
      'request refused',
    );
  }
  throw mapped;
});

/**
 * A write through this instance may have ended or changed a session (sign-out, a disabled
 * account, a moved scope): the session cache is emptied before the answer goes out, so the
 * next request here looks its session up again. Other instances hear it from the database.
 */
const forgetSessionsAfterWrites = t.middleware(async ({ ctx, type, next }) => {
  if (type !== 'mutation') return next();
  try {
    return await next();
  } finally {
    ctx.deps.sessionCache?.invalidate();
  }
});

/**
 * The unscoped procedures below see the raw database handle (`ctx.deps.database`): only
 * sign-in, the session and second-factor checks and the scope gate (scoped.ts) use them.
 * Every resource procedure goes through the gate, which takes the handle away.
 */
export const publicProcedure = t.procedure.use(errorMapping).use(forgetSessionsAfterWrites);

async function sessionOf(ctx: Context): Promise<SessionRecord | null> {
  const token = ctx.request.sessionToken;
  if (!token) return null;
  return findSession(
    ctx.deps.database.db,
    token,
    {
      idleMinutes: ctx.deps.config.sessionIdleMinutes,
      absoluteHours: ctx.deps.config.sessionAbsoluteHours,
    },
    ctx.deps.sessionCache,
  );
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
