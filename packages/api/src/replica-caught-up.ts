import { type Database, queryRows } from '@cutover/db';
import { sql } from 'drizzle-orm';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * True once the replica has replayed everything the primary had written when this was
 * called (its WAL position then), within `timeoutMs`; false when it lags longer or either
 * does not answer. A read after that sees every write committed before the call.
 */
export async function replicaCaughtUp(
  primary: Database,
  replica: Database,
  timeoutMs = 5_000,
): Promise<boolean> {
  try {
    const [head] = await queryRows<{ lsn: string }>(
      primary.db,
      sql`select pg_current_wal_lsn()::text as lsn`,
    );
    if (!head) return false;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [state] = await queryRows<{ caught_up: boolean | null }>(
        replica.db,
        sql`select pg_last_wal_replay_lsn() >= ${head.lsn}::pg_lsn as caught_up`,
      );
      if (state?.caught_up) return true;
      if (Date.now() >= deadline) return false;
      await sleep(50);
    }
  } catch {
    return false;
  }
}
