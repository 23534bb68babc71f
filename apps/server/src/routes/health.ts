import type { Database } from '@cutover/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

/** Liveness says the process answers; readiness says it can reach its database. */
export function registerHealthRoutes(app: FastifyInstance, database: Database) {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      return { status: 'ready', engine: database.engine };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
