import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ApiDeps } from '@cutover/api';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CookieOptions } from '../context';
import { firstScreenAnswers, firstScreenBlock } from './first-screen';
import { firstScreenPreloads } from './first-screen-preloads';

/** Content-hashed build output: a new release gets new names, so a copy never goes stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon): kept, but checked against its ETag before each use. */
export const REVALIDATE = 'no-cache';
/** A page that carries a user's own data: never stored, by the browser or anything between. */
export const PRIVATE = 'private, no-store';

/**
 * Serves the built SPA; unknown paths outside the API get index.html (client-side routes).
 * The build writes brotli and gzip copies beside each file (vite-plugin-compression2), and
 * the one the browser accepts is sent as is: nothing is compressed per request.
 */
export async function registerSpa(
  app: FastifyInstance,
  distDir: string,
  firstScreen?: { deps: ApiDeps; cookie: CookieOptions },
) {
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
    // `/` is the page route below; /index.html itself is still served as a file.
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: cacheHeaders,
  });
  // The page at `/`: for a signed-in session, with its first screen's answers and the
  // dashboard's modules named, so neither waits for the entry script to ask.
  app.get('/', async (request, reply) => {
    const answers = firstScreen
      ? await firstScreenAnswers(firstScreen.deps, firstScreen.cookie, request, reply)
      : [];
    if (answers.length === 0) return reply.sendFile('index.html');
    const page = await readFile(path.join(distDir, 'index.html'), 'utf8');
    const head = firstScreenBlock(answers) + (await firstScreenPreloads(distDir, page));
    return sendHtml(request, reply, page.replace('</head>', `${head}</head>`));
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

/** A personalised page: not stored anywhere, gzipped when the browser accepts it. */
function sendHtml(request: FastifyRequest, reply: FastifyReply, html: string) {
  reply.header('cache-control', PRIVATE).header('vary', 'cookie, accept-encoding');
  reply.type('text/html; charset=utf-8');
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    return reply.header('content-encoding', 'gzip').send(gzipSync(html));
  }
  return reply.send(html);
}
