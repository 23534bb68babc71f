import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openDatabase, queryRows } from '@cutover/db';
import { openTestDatabase, type TestDatabase, testEngine } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type MainProcess, startMain } from './main-process';
import { createStaffOverHttp, seedTreeAndAdmin, signInOverHttp } from './testing';

/**
 * Writes in flight when the signal comes. PGlite runs inside the server's event loop, so
 * requests are read one at a time between its queries (about 0.4 s each on a loaded CI
 * machine): only as many as it reads within the drain period may be sent.
 */
const IN_FLIGHT = testEngine() === 'postgres' ? 16 : 4;

/** The tree and one federal admin, written as the tables' owner before the server starts. */
async function prepare(owner: Database) {
  return (await seedTreeAndAdmin(owner)).byCode('T-R0M0S0').id;
}

describe('SIGTERM under load', { timeout: 240_000 }, () => {
  let testDb: TestDatabase | undefined;
  let dataDir: string;
  let server: MainProcess;
  let institutionId = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cutover-shutdown-'));
    const env: Record<string, string> = {
      CUTOVER_DATA_DIR: dataDir,
      CUTOVER_SEED: 'none',
      CUTOVER_DEMO: 'true',
      CUTOVER_DRAIN_SECONDS: '4',
      CUTOVER_AUDIT_SIGNING_KEY: '',
      CUTOVER_AUDIT_SIGNING_KEY_FILE: '',
      CUTOVER_WEB_DIST: path.join(dataDir, 'no-web'),
      DATABASE_URL: '',
      DATABASE_READ_URL: '',
    };
    if (testEngine() === 'postgres') {
      testDb = await openTestDatabase();
      institutionId = await prepare(testDb.owner);
      env.DATABASE_URL = testDb.urls?.owner ?? '';
    } else {
      // PGlite belongs to one process: prepared here, then handed to the server.
      const local = await openDatabase({ dataDir });
      await local.migrate();
      institutionId = await prepare(local);
      await local.close();
    }
    server = await startMain(env, await freePort());
  }, 200_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    await testDb?.drop();
  });

  it('fails readiness at once, finishes every write in flight, and exits 0', async () => {
    const { cookie } = await signInOverHttp(server.baseUrl, 'admin@test', 'a-long-password');
    const create = (n: number) =>
      createStaffOverHttp(server.baseUrl, cookie, institutionId, `Shutdown Test ${n}`);
    const inFlight = Array.from({ length: IN_FLIGHT }, (_, n) => create(n));
    await new Promise((resolve) => setTimeout(resolve, 50));
    server.child.kill('SIGTERM');
    // Draining: not ready, yet still serving while the load balancer notices. (The signal is
    // handled between requests: on a busy server a readiness probe may come first.)
    let ready: { status: number; body: unknown } = { status: 0, body: null };
    for (let probe = 0; probe < 20 && ready.status !== 503; probe++) {
      const response = await fetch(`${server.baseUrl}/readyz`);
      ready = { status: response.status, body: await response.json() };
      if (ready.status !== 503) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(ready).toEqual({ status: 503, body: { status: 'draining' } });
    const during = await create(IN_FLIGHT);
    expect(await Promise.all(inFlight)).toEqual(Array.from({ length: IN_FLIGHT }, () => 200));
    expect(during).toBe(200);
    expect(await server.exited).toBe(0);
    expect(server.output()).not.toMatch(/shutdown (failed|did not finish)/);
    // Every acknowledged write is there.
    const database = testDb?.owner ?? (await openDatabase({ dataDir }));
    try {
      const [row] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from staff where full_name like 'Shutdown Test %'`,
      );
      expect(row?.n).toBe(IN_FLIGHT + 1);
    } finally {
      if (!testDb) await database.close();
    }
  });
});
