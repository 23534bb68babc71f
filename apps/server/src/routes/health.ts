import type { Database } from '@cutover/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

/** A database that has not answered `select 1` within this long counts as unreachable. */
export const READY_TIMEOUT_MS = 2_000;

export interface HealthOptions {
  demoMode: boolean;
  /** The read replica, when configured: reported, but reads fall back to the primary without it. */
  readDatabase?: Database | undefined;
  /** True once a shutdown began: the load balancer should send new requests elsewhere. */
  draining?: (() => boolean) | undefined;
}

/** Resolves true when `database` answers within the timeout, false otherwise (never rejects). */
export function databaseAnswers(database: Database, timeoutMs = READY_TIMEOUT_MS) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answer = database.db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Liveness says the process answers (and whether it runs in demo mode, which the sign-in
 * page mentions; nothing else about the configuration); readiness says it can reach its
 * database and is not shutting down.
 */
export function registerHealthRoutes(
  app: FastifyInstance,
  database: Database,
  options: HealthOptions,
) {
  app.get('/healthz', async () => ({ status: 'ok', demo: options.demoMode }));
  app.get('/readyz', async (_req, reply) => {
    if (options.draining?.()) return reply.code(503).send({ status: 'draining' });
    const [primary, replica] = await Promise.all([
      databaseAnswers(database),
      options.readDatabase ? databaseAnswers(options.readDatabase) : null,
    ]);
    if (!primary) return reply.code(503).send({ status: 'unavailable' });
    const readReplica = replica === null ? {} : { readReplica: replica ? 'ready' : 'unavailable' };
    return { status: 'ready', engine: database.engine, ...readReplica };
  });
}
