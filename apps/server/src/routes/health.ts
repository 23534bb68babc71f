import type { Database } from '@cutover/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

/**
 * Liveness says the process answers (and whether it runs in demo mode, which the sign-in
 * page mentions; nothing else about the configuration); readiness says it can reach its
 * database.
 */
export function registerHealthRoutes(app: FastifyInstance, database: Database, demoMode: boolean) {
  app.get('/healthz', async () => ({ status: 'ok', demo: demoMode }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      return { status: 'ready', engine: database.engine };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
