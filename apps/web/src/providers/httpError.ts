import { isTRPCClientError } from '@trpc/client';
import { HttpError } from 'react-admin';

/** What the server's error formatter puts in `data` (packages/api/src/trpc.ts). */
export interface ServerErrorBody {
  errors: Record<string, string>;
  params: Record<string, string | number>;
  appCode?: string;
  requestId?: string;
}

const keyForStatus: Record<number, string> = {
  401: 'errors.unauthorized',
  403: 'errors.forbidden',
  404: 'errors.not_found',
  409: 'errors.conflict',
  429: 'errors.rate_limited',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function stringMap(value: unknown): Record<string, string> {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

function paramMap(value: unknown): Record<string, string | number> {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
}

function responseStatus(meta: unknown): number {
  if (!isObject(meta) || !isObject(meta.response)) return 0;
  const status = meta.response.status;
  return typeof status === 'number' ? status : 0;
}

/**
 * Maps any failure of a call to react-admin's HttpError: the message is an i18n key,
 * `body.errors` holds field errors (also i18n keys) for server-side form validation.
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (!isTRPCClientError(error)) return new HttpError('errors.internal', 0, { errors: {} });
  const data = isObject(error.data) ? error.data : {};
  const status = typeof data.httpStatus === 'number' ? data.httpStatus : responseStatus(error.meta);
  const body: ServerErrorBody = { errors: stringMap(data.fields), params: paramMap(data.params) };
  if (typeof data.appCode === 'string') body.appCode = data.appCode;
  if (typeof data.requestId === 'string') body.requestId = data.requestId;
  // A message that is not one of our keys came from a proxy or the network, not our server.
  const key = error.message.startsWith('errors.')
    ? error.message
    : status === 0
      ? 'errors.network'
      : (keyForStatus[status] ?? 'errors.internal');
  return new HttpError(key, status, body);
}
