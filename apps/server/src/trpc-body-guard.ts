import type { FastifyInstance } from 'fastify';

// What tRPC calls arrive as: JSON (text/plain is how a no-preflight client sends JSON).
const TRPC_BODY_TYPES = new Set(['', 'application/json', 'text/plain']);

/**
 * tRPC's Fastify adapter also takes multipart and binary bodies, and then fails (500) on
 * any our procedures could receive, since none takes a file; the file upload has its own
 * route. Such bodies are refused before they are read.
 */
export function registerTrpcBodyGuard(app: FastifyInstance, prefix: string) {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !request.url.startsWith(`${prefix}/`)) return;
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (TRPC_BODY_TYPES.has(type ?? '')) return;
    request.log.info({ contentType: type }, 'request refused');
    return reply
      .code(415)
      .send({ error: { message: 'errors.unsupported_media_type', requestId: request.id } });
  });
}
