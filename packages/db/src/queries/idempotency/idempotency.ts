import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../client';
import type { Scope } from '../scope';

/** What an earlier request with the same key left: its input's fingerprint and what it made. */
export interface KeyedOutcome {
  operation: string;
  fingerprint: string;
  entityId: number | null;
}

/**
 * Keyed creates, inside the write's transaction. `claim` inserts the key; when another
 * transaction holds the same key uncommitted, PostgreSQL makes the insert wait for it, so a
 * replay either claims the key (the first one rolled back) or reads the committed outcome.
 */
export function idempotencyQueries(db: Executor, scope: Scope) {
  return {
    /** Null when this request owns the key now; else the earlier request's outcome. */
    async claim(key: string, operation: string, fingerprint: string): Promise<KeyedOutcome | null> {
      const claimed = await queryRows<{ key: string }>(
        db,
        sql`insert into idempotency_keys (user_id, key, operation, fingerprint)
            values (${scope.userId}, ${key}, ${operation}, ${fingerprint})
            on conflict (user_id, key) do nothing returning key`,
      );
      if (claimed.length === 1) return null;
      const [earlier] = await queryRows<KeyedOutcome>(
        db,
        sql`select operation, fingerprint, entity_id as "entityId" from idempotency_keys
             where user_id = ${scope.userId} and key = ${key}`,
      );
      if (!earlier) throw new Error('idempotency key vanished between claim and read');
      return earlier;
    },
    async complete(key: string, entityId: number): Promise<void> {
      await db.execute(
        sql`update idempotency_keys set entity_id = ${entityId}
             where user_id = ${scope.userId} and key = ${key}`,
      );
    },
  };
}
