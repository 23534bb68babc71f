import { testDeps } from '@cutover/api/testing';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPeriodicJob } from '../periodic-job';
import { createServer } from '../server';
import {
  seedTreeAndAdmin,
  signInOverHttp,
  startTestServer,
  TEST_ADMIN,
  webHeaders,
} from '../testing';
import { createMetrics, type Metrics } from './metrics';
import { startMetricsServer } from './routes';
import { proceduresOf } from './trpc-metrics';

const TOKEN = 'a-metrics-token-of-32-characters';
let testDb: TestDatabase;
let metrics: Metrics;
let app: FastifyInstance;
let baseUrl: string;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await seedTreeAndAdmin(testDb.database);
  metrics = createMetrics({ database: testDb.database });
  ({ app, baseUrl } = await startTestServer(testDb.database, { metrics, metricsToken: TOKEN }));
}, 60_000);

afterAll(async () => {
  await app?.close();
  await testDb?.drop();
});

const scrape = async (url = `${baseUrl}/metrics`) => {
  const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
};

/** The value of one sample line, `name{labels} value`. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('/metrics', () => {
  it('is refused without the token, or with a wrong one', async () => {
    expect((await fetch(`${baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${baseUrl}/metrics`, {
      headers: { authorization: 'Bearer a-metrics-token-of-32-characterX' },
    });
    expect(wrong.status).toBe(401);
  });

  it('is not served on the main port at all without a token', async () => {
    const open = await createServer({
      deps: testDeps(testDb.database),
      secureCookies: false,
      metrics,
    });
    const response = await open.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(404);
    await open.close();
  });

  it('counts calls, latency and errors per procedure', async () => {
    const { cookie } = await signInOverHttp(baseUrl, TEST_ADMIN.login, TEST_ADMIN.password);
    const me = await fetch(`${baseUrl}/trpc/auth.me`, { headers: { ...webHeaders, cookie } });
    expect(me.status).toBe(200);
    const anonymous = await fetch(`${baseUrl}/trpc/auth.me`, { headers: webHeaders });
    expect(anonymous.status).toBe(401);
    await fetch(`${baseUrl}/trpc/no.such.procedure`, { headers: webHeaders });
    const text = await scrape();
    expect(sample(text, 'cutover_trpc_requests_total', 'procedure="auth.signIn"')).toBe(1);
    expect(sample(text, 'cutover_trpc_requests_total', 'procedure="auth.me"')).toBe(2);
    expect(sample(text, 'cutover_trpc_duration_seconds_count', 'procedure="auth.me"')).toBe(2);
    expect(
      sample(text, 'cutover_trpc_errors_total', 'procedure="auth.me",code="UNAUTHORIZED"'),
    ).toBe(1);
    // A made-up path is one "unknown" label, not a new series per invented name.
    expect(sample(text, 'cutover_trpc_requests_total', 'procedure="unknown"')).toBe(1);
    expect(text).not.toContain('no.such.procedure');
  });

  it('reports the pool, the job tables and the audit chain', async () => {
    const text = await scrape();
    const engine = testDb.database.engine;
    expect(
      sample(text, 'cutover_db_pool_connections', `pool="primary",engine="${engine}",state="max"`),
    ).toBeGreaterThan(0);
    expect(sample(text, 'cutover_db_pool_waiting', 'pool="primary"')).toBe(0);
    expect(sample(text, 'cutover_database_up', 'pool="primary"')).toBe(1);
    // Signing in wrote to the audit log.
    expect(sample(text, 'cutover_audit_chain_rows')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE cutover_import_jobs gauge');
    expect(text).toContain('# TYPE cutover_export_jobs gauge');
  });

  it('counts periodic job runs by outcome, with durations', async () => {
    const log = { error: () => {} } as unknown as Logger;
    const ok = startPeriodicJob('metrics ok', log, 60, async () => {}, {
      observe: metrics.observeJob,
    });
    const failed = startPeriodicJob('metrics failed', log, 60, () => Promise.reject(new Error()), {
      observe: metrics.observeJob,
    });
    const skipped = startPeriodicJob('metrics skipped', log, 60, async () => {}, {
      observe: metrics.observeJob,
      lease: async () => false,
    });
    await Promise.all([ok.stop(), failed.stop(), skipped.stop()]);
    const text = await scrape();
    expect(sample(text, 'cutover_job_runs_total', 'job="metrics ok",outcome="ok"')).toBe(1);
    expect(sample(text, 'cutover_job_runs_total', 'job="metrics failed",outcome="failed"')).toBe(1);
    expect(sample(text, 'cutover_job_runs_total', 'job="metrics skipped",outcome="skipped"')).toBe(
      1,
    );
    expect(sample(text, 'cutover_job_duration_seconds_count', 'job="metrics ok"')).toBe(1);
  });

  it('can be served on a port of its own, the token still required when set', async () => {
    const server = await startMetricsServer(metrics, {
      host: '127.0.0.1',
      port: 0,
      token: TOKEN,
      database: testDb.database,
    });
    try {
      const address = server.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/metrics`;
      expect(address && typeof address === 'object' ? address.address : '').toBe('127.0.0.1');
      expect((await fetch(url)).status).toBe(401);
      expect(await scrape(url)).toContain('cutover_trpc_requests_total');
    } finally {
      await server.close();
    }
  });
});

describe('proceduresOf', () => {
  it('names every call of a batch, and unknown names as "unknown"', () => {
    expect(proceduresOf('/trpc/auth.me,staff.list?batch=1', '/trpc')).toEqual([
      'auth.me',
      'staff.list',
    ]);
    expect(proceduresOf('/trpc/evil%0Aname', '/trpc')).toEqual(['unknown']);
  });
});
