import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Content-hashed build output: a new release gets new names, so a copy never goes stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon): kept, but checked against its ETag before each use. */
export const REVALIDATE = 'no-cache';

/**
 * Serves the built SPA; unknown paths outside the API get index.html (client-side routes).
 * The build writes brotli and gzip copies beside each file (vite-plugin-compression2), and
 * the one the browser accepts is sent as is: nothing is compressed per request.
 */
export async function registerSpa(app: FastifyInstance, distDir: string) {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn({ distDir }, 'the web app is not built; run `pnpm --filter @cutover/web build`');
    return;
  }
  const assetsDir = path.join(distDir, 'assets') + path.sep;
  const cacheHeaders = (reply: FastifyReply, file: string) => {
    reply.header('cache-control', file.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
  };
  // Files are looked up per request (wildcard), so a rebuilt app is served without a restart.
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: true,
    index: 'index.html',
    preCompressed: true,
    cacheControl: false,
    setHeaders: cacheHeaders,
  });
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
