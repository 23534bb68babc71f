import { createHash } from 'node:crypto';
import type { ScopedData } from '@cutover/db';
import { AppError, notFound } from './errors';

/** Same input, same fingerprint, whatever the key order the client sent. */
export function fingerprintOf(operation: string, input: object): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => [k, canonical(v)]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify([operation, canonical(input)]))
    .digest('hex');
}

/**
 * Runs `create` once per (account, key): a replay, concurrent or later, gets the record the
 * first request made, read as it is now; the same key with other input is a conflict.
 * Without a key it simply creates.
 */
export async function keyedCreate<T>(
  data: ScopedData,
  operation: string,
  input: { idempotencyKey?: string | undefined },
  create: () => Promise<{ id: number; result: T }>,
  readBack: (id: number) => Promise<T>,
): Promise<T> {
  const { idempotencyKey: key, ...rest } = input;
  if (!key) return (await create()).result;
  const fingerprint = fingerprintOf(operation, rest);
  const earlier = await data.idempotency.claim(key, operation, fingerprint);
  if (!earlier) {
    const { id, result } = await create();
    await data.idempotency.complete(key, id);
    return result;
  }
  if (earlier.operation !== operation || earlier.fingerprint !== fingerprint) {
    throw new AppError('CONFLICT', 'errors.idempotency_key_reused');
  }
  if (earlier.entityId === null) throw notFound();
  return readBack(earlier.entityId);
}
