import type { Database } from '@cutover/db';
import type { ApiDeps, Context } from './context';
import { toAppError } from './errors';

/**
 * After a write, the same client reads from the primary this long (carried in a cookie, so
 * any instance behind the load balancer honours it). Streaming replication on one network
 * replays in milliseconds; the window is generous so a lagging replica is still covered.
 */
export const READ_AFTER_WRITE_MS = 10_000;

/** A replica that refused a read is left alone this long; then the next read tries it again. */
export const REPLICA_RETRY_MS = 5_000;

export type ReadPool = 'primary' | 'read';
/** Why a read went where it went (the `reason` label of `cutover_db_reads_total`). */
export type ReadReason =
  | 'replica'
  | 'no-replica'
  | 'after-write'
  | 'replica-down'
  | 'replica-behind'
  | 'fallback';
/** A scoped tRPC read, or the snapshot an export's rows come from. */
export type ReadKind = 'query' | 'export';
export type ReadObserver = (pool: ReadPool, reason: ReadReason, kind: ReadKind) => void;

/** Per replica pool: until when it counts as down (epoch ms). */
const replicaDownUntil = new WeakMap<Database, number>();

export interface ReadRoute {
  database: Database;
  pool: ReadPool;
  reason: ReadReason;
}

/** Where a read of a client whose last write asked for primary reads until `primaryUntil` goes. */
export function routeRead(
  deps: Pick<ApiDeps, 'database' | 'readDatabase'>,
  primaryUntil: number | undefined,
  now = Date.now(),
): ReadRoute {
  const replica = deps.readDatabase;
  if (!replica) return { database: deps.database, pool: 'primary', reason: 'no-replica' };
  // A value beyond the window did not come from us: ignore it rather than pin the client.
  if (primaryUntil && primaryUntil > now && primaryUntil <= now + READ_AFTER_WRITE_MS) {
    return { database: deps.database, pool: 'primary', reason: 'after-write' };
  }
  if ((replicaDownUntil.get(replica) ?? 0) > now) {
    return { database: deps.database, pool: 'primary', reason: 'replica-down' };
  }
  return { database: replica, pool: 'read', reason: 'replica' };
}

/**
 * Whether a read that failed on the replica should be run again on the primary: the replica
 * is away or out of connections (then it is left alone for REPLICA_RETRY_MS), or the standby
 * cancelled the query for a replay conflict. Reads change nothing, so running one again is safe.
 */
export function replicaReadFailed(replica: Database, error: unknown, now = Date.now()): boolean {
  let cause: unknown = error;
  // tRPC wraps what the handler threw; the driver's error is underneath.
  while (cause instanceof Error && cause.name === 'TRPCError' && cause.cause) cause = cause.cause;
  const code = toAppError(cause).code;
  if (code === 'UNAVAILABLE') replicaDownUntil.set(replica, now + REPLICA_RETRY_MS);
  return code === 'UNAVAILABLE' || code === 'CONFLICT';
}

/**
 * Runs a scoped read where `routeRead` says, and once more on the primary when the replica
 * failed it (see replicaReadFailed). `run` gets the database and answers with the tRPC
 * middleware result, whose `ok: false` carries what the handler threw.
 */
export async function routedRead<R extends { ok: boolean }>(
  ctx: Pick<Context, 'deps' | 'readAfterWrite'>,
  run: (database: Database) => Promise<R>,
): Promise<R> {
  const route = routeRead(ctx.deps, ctx.readAfterWrite?.primaryUntil);
  ctx.deps.observeRead?.(route.pool, route.reason, 'query');
  const result = await run(route.database);
  if (route.pool === 'primary' || result.ok) return result;
  if (!replicaReadFailed(route.database, (result as { error?: unknown }).error)) return result;
  ctx.deps.observeRead?.('primary', 'fallback', 'query');
  return run(ctx.deps.database);
}

/** After a successful write: this client's reads go to the primary for READ_AFTER_WRITE_MS. */
export function readYourWrites(ctx: Pick<Context, 'deps' | 'readAfterWrite'>, now = Date.now()) {
  if (ctx.deps.readDatabase) ctx.readAfterWrite?.wrote(now + READ_AFTER_WRITE_MS);
}
