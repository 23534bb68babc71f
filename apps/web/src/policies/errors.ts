import { isPolicyErrorKey } from '@cutover/domain';
import { isTRPCClientError } from '@trpc/client';
import { toHttpError } from '../providers/httpError';

/**
 * The i18n key for a failed change: the server sends policy refusals as `policies.errors.*`
 * (which the shared mapping would blur into a generic error), everything else as `errors.*`.
 */
export function changeErrorKey(cause: unknown): string {
  if (isTRPCClientError(cause) && isPolicyErrorKey(cause.message)) return cause.message;
  const error = toHttpError(cause);
  const body: unknown = error.body;
  const fields: unknown = typeof body === 'object' && body ? Reflect.get(body, 'errors') : null;
  const fieldKeys = typeof fields === 'object' && fields ? Object.values(fields) : [];
  const policyKey = fieldKeys.find(
    (key): key is string => typeof key === 'string' && isPolicyErrorKey(key),
  );
  return policyKey ?? error.message;
}
