import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import type { ZodError } from 'zod';

const messageKey = /^(?:imports\.)?errors\.[a-z0-9_]+$/;
export const isMessageKey = (text: unknown): text is string =>
  typeof text === 'string' && messageKey.test(text);

interface IssueLike {
  code?: string;
  message: string;
  errors?: IssueLike[][];
}

/** The i18n key an input issue names (ours), looking inside unions; a generic one otherwise. */
function issueKey(issue: IssueLike): string {
  if (isMessageKey(issue.message)) return issue.message;
  for (const branch of issue.errors ?? []) {
    for (const inner of branch) {
      const key = issueKey(inner);
      if (key !== 'errors.invalid_field') return key;
    }
  }
  return 'errors.invalid_field';
}

/** Field path -> i18n key, and the message: the one key all fields share, else the generic one. */
export function inputErrorOf(error: ZodError): { message: string; fields: Record<string, string> } {
  const fields = Object.fromEntries(
    error.issues.map((issue) => [issue.path.join('.') || 'input', issueKey(issue as IssueLike)]),
  );
  const keys = new Set(Object.values(fields));
  const [only] = keys;
  const message = keys.size === 1 && only !== 'errors.invalid_field' ? only : 'errors.validation';
  return { message: message ?? 'errors.validation', fields };
}

/** What a client is told when tRPC itself refuses a request (before any procedure runs). */
const requestErrorKeys: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: 'errors.malformed_body',
  BAD_REQUEST: 'errors.bad_request',
  NOT_FOUND: 'errors.not_found',
  METHOD_NOT_SUPPORTED: 'errors.method_not_supported',
  UNSUPPORTED_MEDIA_TYPE: 'errors.unsupported_media_type',
  PAYLOAD_TOO_LARGE: 'errors.too_large',
  TOO_MANY_REQUESTS: 'errors.rate_limited',
  UNAUTHORIZED: 'errors.unauthorized',
  FORBIDDEN: 'errors.forbidden',
  CONFLICT: 'errors.conflict',
};

/** tRPC's own messages quote parser internals and the request; only keys go out. */
export function requestErrorKey(
  code: TRPC_ERROR_CODE_KEY,
  message: string,
  cause: unknown,
): string {
  if (isMessageKey(message)) return message;
  if (cause instanceof SyntaxError) return 'errors.malformed_body';
  return requestErrorKeys[code] ?? 'errors.bad_request';
}
