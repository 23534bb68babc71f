import type { Database } from '@cutover/db';
import type { FastifyInstance } from 'fastify';
import { tokenMatches } from '../metrics/routes';

/**
 * POST /ops/backup: a consistent copy of the running server's embedded database (PGlite's
 * data directory, which only this process may open) as a gzipped tarball. Served where
 * /metrics is: on the metrics port, or behind the same bearer token. PostgreSQL: 409, use
 * pg_dump.
 */
export function registerBackupRoute(
  app: FastifyInstance,
  database: Database,
  token: string | undefined,
) {
  app.post('/ops/backup', async (request, reply) => {
    if (token !== undefined && !tokenMatches(request, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ status: 'unauthorized' });
    }
    if (!database.dumpDataDir) {
      return reply.code(409).send({ status: 'not_embedded', hint: 'use pg_dump for PostgreSQL' });
    }
    const tarball = await database.dumpDataDir();
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    return reply
      .header('content-type', 'application/gzip')
      .header('content-disposition', `attachment; filename="cutover-${stamp}.tar.gz"`)
      .send(Buffer.from(await tarball.arrayBuffer()));
  });
}
