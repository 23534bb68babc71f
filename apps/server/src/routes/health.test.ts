import type { Database } from '@cutover/db';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { type HealthOptions, READY_TIMEOUT_MS, registerHealthRoutes } from './health';

// /healthz never touches the database; /readyz is covered by server.test.ts.
const unusedDatabase = {} as Database;

describe('/healthz', () => {
  it('says whether the server runs in demo mode, for the sign-in page', async () => {
    for (const demoMode of [true, false]) {
      const app = Fastify();
      registerHealthRoutes(app, unusedDatabase, { demoMode });
      const response = await app.inject({ method: 'GET', url: '/healthz' });
      expect(response.json()).toEqual({ status: 'ok', demo: demoMode });
      await app.close();
    }
  });
});

describe('/readyz', () => {
  const answering = { engine: 'postgres', db: { execute: async () => ({ rows: [] }) } };
  const refusing = { engine: 'postgres', db: { execute: () => Promise.reject(new Error('down')) } };
  const hanging = { engine: 'postgres', db: { execute: () => new Promise(() => {}) } };
  const ready = async (database: object, options: Partial<HealthOptions> = {}) => {
    const app = Fastify();
    registerHealthRoutes(app, database as Database, { demoMode: false, ...options });
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    await app.close();
    return { status: response.statusCode, body: response.json() };
  };

  it('is ready when the database answers', async () => {
    expect(await ready(answering)).toEqual({
      status: 200,
      body: { status: 'ready', engine: 'postgres' },
    });
  });

  it('is not ready when the database refuses, or does not answer in time', async () => {
    expect(await ready(refusing)).toEqual({ status: 503, body: { status: 'unavailable' } });
    const started = Date.now();
    expect(await ready(hanging)).toEqual({ status: 503, body: { status: 'unavailable' } });
    expect(Date.now() - started).toBeLessThan(READY_TIMEOUT_MS + 1_000);
  });

  it('is not ready while draining for a shutdown', async () => {
    expect(await ready(answering, { draining: () => true })).toEqual({
      status: 503,
      body: { status: 'draining' },
    });
  });

  it('stays ready without its read replica, and says so', async () => {
    expect(await ready(answering, { readDatabase: refusing as unknown as Database })).toEqual({
      status: 200,
      body: { status: 'ready', engine: 'postgres', readReplica: 'unavailable' },
    });
    expect(await ready(answering, { readDatabase: answering as unknown as Database })).toEqual({
      status: 200,
      body: { status: 'ready', engine: 'postgres', readReplica: 'ready' },
    });
  });
});
