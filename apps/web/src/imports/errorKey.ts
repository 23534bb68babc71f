import { isTRPCClientError } from '@trpc/client';
import { toHttpError } from '../providers/httpError';

/**
 * The i18n key for a failed import call: the server words import refusals as
 * `imports.errors.*`, which the shared mapping (it knows `errors.*`) would blur.
 */
export function importErrorKey(cause: unknown): string {
  if (isTRPCClientError(cause) && /^imports\.errors\.[a-z0-9_]+$/.test(cause.message)) {
    return cause.message;
  }
  return toHttpError(cause).message;
}
