import type { AppErrorCode, FieldErrors } from '@cutover/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/**
 * The application's errors. `messageKey` is an i18n key the web translates; `fields`
 * maps form fields to i18n keys. Nothing else about a failure ever reaches a client.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: string = `errors.${code.toLowerCase()}`,
    readonly fields: FieldErrors = {},
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const conflict = () => new AppError('CONFLICT', 'errors.stale_version');
export const forbidden = () => new AppError('FORBIDDEN');
export const invalid = (fields: FieldErrors, messageKey = 'errors.validation') =>
  new AppError('VALIDATION', messageKey, fields);

/** The one row a by-id read found, or NOT_FOUND (out of scope reads the same as missing). */
export async function onlyRow<T>(rows: Promise<readonly T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw notFound();
  return row;
}

const trpcCodes: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHORIZED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  VALIDATION: 'BAD_REQUEST',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

interface PgErrorLike {
  code?: string;
  constraint?: string;
  column?: string;
}

function pgErrorOf(error: unknown): PgErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const candidate = current as PgErrorLike & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code))
      return candidate;
    current = candidate.cause;
  }
  return null;
}

/** Constraint name -> the form field it protects, for clear field errors. */
const constraintFields: Record<string, string> = {
  org_units_code_unique: 'code',
  users_login_unique: 'login',
  staff_external_id_unique: 'externalId',
};

/**
 * The database is busy or away for a moment: no free connection within the pool's wait, a
 * refused or dropped connection, or a server shutting down or starting (class 57P, 08).
 * Nothing was done, so the caller may simply try again.
 */
function isDatabaseUnavailable(error: unknown, pgError: PgErrorLike | null): boolean {
  if (pgError?.code && (/^08/.test(pgError.code) || /^57P0[1-3]$/.test(pgError.code))) return true;
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (candidate.code === 'ECONNREFUSED' || candidate.code === 'ECONNRESET') return true;
    if (
      typeof candidate.message === 'string' &&
      /timeout exceeded when trying to connect|Connection terminated/.test(candidate.message)
    )
      return true;
    current = candidate.cause;
  }
  return false;
}

/** PostgreSQL integrity violations become field errors; anything else stays internal. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const pgError = pgErrorOf(error);
  if (pgError?.code === '23505') {
    const field = constraintFields[pgError.constraint ?? ''] ?? 'id';
    return new AppError('VALIDATION', 'errors.duplicate', { [field]: 'errors.duplicate' });
  }
  if (pgError?.code === '23503') return new AppError('VALIDATION', 'errors.reference');
  if (pgError?.code === '23514' || pgError?.code === '22P02' || pgError?.code === '22007') {
    return new AppError('VALIDATION', 'errors.validation');
  }
  if (pgError?.code === '40001' || pgError?.code === '40P01') {
    return new AppError('CONFLICT', 'errors.retry');
  }
  if (isDatabaseUnavailable(error, pgError)) return new AppError('UNAVAILABLE');
  return new AppError('INTERNAL');
}

export function toTrpcError(error: unknown): TRPCError {
  if (error instanceof TRPCError && !(error.cause instanceof AppError)) {
    if (error.code !== 'INTERNAL_SERVER_ERROR') return error;
    const app = toAppError(error.cause);
    return new TRPCError({ code: trpcCodes[app.code], message: app.messageKey, cause: app });
  }
  if (error instanceof TRPCError) return error;
  const app = toAppError(error);
  return new TRPCError({ code: trpcCodes[app.code], message: app.messageKey, cause: app });
}
