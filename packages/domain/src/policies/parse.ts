import type { z } from 'zod';
import { isPolicyKey, type PolicyKey, type PolicyValue, policyCatalog } from './catalog';
import { isPolicyErrorKey, type PolicyFieldError, policyError } from './errors';

export type PolicyParseResult<K extends PolicyKey> =
  | { ok: true; key: K; value: PolicyValue<K> }
  | { ok: false; key: string; errors: PolicyFieldError[] };

function fieldOf(key: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (field, segment) =>
      typeof segment === 'number' ? `${field}[${segment}]` : `${field}.${String(segment)}`,
    key,
  );
}

function toFieldError(key: string, issue: z.core.$ZodIssue): PolicyFieldError {
  const message = isPolicyErrorKey(issue.message) ? issue.message : 'policies.errors.invalid_value';
  return policyError(fieldOf(key, issue.path), message);
}

/** Validates an untrusted value (a request body, a stored jsonb) against the key's schema. */
export function parsePolicyValue<K extends PolicyKey>(key: K, input: unknown): PolicyParseResult<K>;
export function parsePolicyValue(key: string, input: unknown): PolicyParseResult<PolicyKey>;
export function parsePolicyValue(key: string, input: unknown): PolicyParseResult<PolicyKey> {
  if (!isPolicyKey(key)) {
    return { ok: false, key, errors: [policyError(key, 'policies.errors.unknown_key')] };
  }
  const parsed = policyCatalog[key].schema.safeParse(input);
  if (parsed.success) return { ok: true, key, value: parsed.data };
  return { ok: false, key, errors: parsed.error.issues.map((issue) => toFieldError(key, issue)) };
}
