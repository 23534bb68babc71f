import { timingSafeEqual } from 'node:crypto';
import type { Database } from '@cutover/db';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { registerBackupRoute } from '../ops/backup-route';
import type { Metrics } from './metrics';

export function tokenMatches(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** GET /metrics in Prometheus text; with a token, only for `Authorization: Bearer <token>`. */
export function registerMetricsRoute(
  app: FastifyInstance,
  metrics: Metrics,
  token: string | undefined,
) {
  app.get('/metrics', async (request, reply) => {
    if (token !== undefined && !tokenMatches(request, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ status: 'unauthorized' });
    }
    const body = await metrics.registry.metrics();
    return reply.header('content-type', metrics.registry.contentType).send(body);
  });
}

/** A listener of its own for /metrics (and /ops/backup), so it can stay off the public network. */
export async function startMetricsServer(
  metrics: Metrics,
  options: { host: string; port: number; token: string | undefined; database: Database },
) {
  const app = Fastify({ logger: false });
  registerMetricsRoute(app, metrics, options.token);
  registerBackupRoute(app, options.database, options.token);
  await app.listen({ host: options.host, port: options.port });
  return app;
}
