import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built SPA; unknown paths outside the API get index.html (client-side routes). */
export async function registerSpa(app: FastifyInstance, distDir: string) {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn({ distDir }, 'the web app is not built; run `pnpm --filter @cutover/web build`');
    return;
  }
  // Files are looked up per request (wildcard), so a rebuilt app is served without a restart.
  await app.register(fastifyStatic, { root: distDir, wildcard: true, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/trpc') || request.url.startsWith('/api/');
    // A missing script or style is a 404, never the page: the browser would run HTML as code.
    const isAsset = request.url.startsWith('/assets/');
    if (request.method !== 'GET' || isApi || isAsset) {
      return reply.code(404).send({ error: 'not found' });
    }
    return reply.sendFile('index.html');
  });
}
