import type { Database } from '@cutover/db';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerHealthRoutes } from './health';

// /healthz never touches the database; /readyz is covered by server.test.ts.
const unusedDatabase = {} as Database;

describe('/healthz', () => {
  it('says whether the server runs in demo mode, for the sign-in page', async () => {
    for (const demoMode of [true, false]) {
      const app = Fastify();
      registerHealthRoutes(app, unusedDatabase, demoMode);
      const response = await app.inject({ method: 'GET', url: '/healthz' });
      expect(response.json()).toEqual({ status: 'ok', demo: demoMode });
      await app.close();
    }
  });
});
