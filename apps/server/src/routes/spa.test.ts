import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, registerSpa } from './spa';

let app: FastifyInstance;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'cutover-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Cutover</title>');
  writeFileSync(path.join(dist, 'assets', 'index-1.js'), 'console.log(1)');
  // What the build's compression plugin writes beside each file.
  const big = `export const rows = [${'"a row of text", '.repeat(400)}];`;
  writeFileSync(path.join(dist, 'assets', 'big-1.js'), big);
  writeFileSync(path.join(dist, 'assets', 'big-1.js.br'), brotliCompressSync(big));
  writeFileSync(path.join(dist, 'assets', 'big-1.js.gz'), gzipSync(big));
  app = Fastify();
  await registerSpa(app, dist);
  await app.ready();
});

afterAll(() => app?.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

describe('the web app', () => {
  it('serves the page at the root and for client-side routes', async () => {
    for (const url of ['/', '/staff/12/show', '/imports/create']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>Cutover</title>');
    }
  });

  it('serves a script as a script, also one built after the server started', async () => {
    expect((await get('/assets/index-1.js')).headers['content-type']).toMatch(/javascript/);
    writeFileSync(path.join(dist, 'assets', 'index-2.js'), 'console.log(2)');
    const rebuilt = await get('/assets/index-2.js');
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.body).toBe('console.log(2)');
  });

  it('answers 404, not the page, for a missing asset, an API path or a non-GET', async () => {
    expect((await get('/assets/gone-1.js')).statusCode).toBe(404);
    expect((await get('/api/unknown')).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/staff' })).statusCode).toBe(404);
  });
});

describe('compression and caching', () => {
  const big = () => readFileSync(path.join(dist, 'assets', 'big-1.js'), 'utf8');

  it('sends the brotli copy to a browser that accepts it, gzip to one that accepts only gzip', async () => {
    const br = await get('/assets/big-1.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(big());
    expect(br.rawPayload.length).toBeLessThan(big().length / 5);

    const gz = await get('/assets/big-1.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(big());
  });

  it('sends the file itself to a client that accepts no encoding', async () => {
    const plain = await get('/assets/big-1.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(big());
  });

  it('caches content-hashed assets for a year, immutably, in every encoding', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await get('/assets/big-1.js', { 'accept-encoding': encoding });
      expect(response.headers['cache-control'], encoding).toBe(IMMUTABLE);
    }
    expect((await get('/assets/index-1.js')).headers['cache-control']).toBe(IMMUTABLE);
  });

  it('revalidates the page: no-cache with an ETag, and 304 when it has not changed', async () => {
    for (const url of ['/', '/index.html', '/staff/12/show']) {
      const page = await get(url);
      expect(page.headers['cache-control'], url).toBe(REVALIDATE);
      const etag = page.headers.etag;
      expect(etag, url).toBeTruthy();
      const again = await get(url, { 'if-none-match': String(etag) });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
    }
  });
});
