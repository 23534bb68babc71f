import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSpa } from './spa';

let app: FastifyInstance;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'cutover-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Cutover</title>');
  writeFileSync(path.join(dist, 'assets', 'index-1.js'), 'console.log(1)');
  app = Fastify();
  await registerSpa(app, dist);
  await app.ready();
});

afterAll(() => app?.close());

const get = (url: string) => app.inject({ method: 'GET', url });

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
