import { sql } from 'drizzle-orm';
import type { Executor } from '../../client';

// Advisory lock keys: 7270001 migrations, 7270011 audit chain, 7270021 seed,
// 7270031 adoption refresh, 7270041 this one.
const HIERARCHY_LOCK = 7270041;

/**
 * The one lock that keeps the org tree and every path copied from it consistent.
 *
 * A structural write (create, move, close, merge or edit of a unit) depends on rows it does
 * not change: a move rewrites the paths under a node, and a unit created or moved under that
 * node at the same moment copies its parent's path as it was before the move, leaving a
 * subtree that answers to the wrong admins. Row locks would have to cover the new parent and
 * the whole moved subtree in one consistent order; structural edits are rare, so instead each
 * one holds this lock exclusively for its whole transaction, and every other write holds it
 * shared (they read a unit's path for their scope check and copy it into the audit log).
 * Take it first, before anything is read: under READ COMMITTED each later statement then sees
 * the tree as the previous holder left it, so the caller's scope is checked against the
 * current paths. Released at commit or rollback.
 */
export async function lockHierarchy(tx: Executor, mode: 'exclusive' | 'shared') {
  await tx.execute(
    mode === 'exclusive'
      ? sql`select pg_advisory_xact_lock(${HIERARCHY_LOCK})`
      : sql`select pg_advisory_xact_lock_shared(${HIERARCHY_LOCK})`,
  );
}
