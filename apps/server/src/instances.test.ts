import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { queryRows } from '@cutover/db';
import { openTestDatabase, type TestDatabase, testEngine } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSigningKeyPem, freePort, type MainProcess, startMain } from './main-process';
import { seedTreeAndAdmin, signInOverHttp, webHeaders } from './testing';

/** A counter's value in Prometheus text, 0 when the series is absent. */
function counter(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

// Several instances share one PostgreSQL; PGlite is one process by design.
describe.runIf(testEngine() === 'postgres')(
  'two instances on one PostgreSQL',
  { timeout: 240_000 },
  () => {
    let testDb: TestDatabase;
    const instances: MainProcess[] = [];
    const metricsPorts: number[] = [];
    let institutionId = 0;

    beforeAll(async () => {
      testDb = await openTestDatabase();
      institutionId = (await seedTreeAndAdmin(testDb.owner)).byCode('T-R0M0S0').id;
      const dataDir = mkdtempSync(path.join(tmpdir(), 'cutover-instances-'));
      const env = {
        DATABASE_URL: testDb.urls?.runtime ?? '',
        DATABASE_MIGRATION_URL: testDb.urls?.owner ?? '',
        DATABASE_READ_URL: '',
        CUTOVER_DEMO: 'false',
        CUTOVER_SEED: 'none',
        CUTOVER_DATA_DIR: dataDir,
        CUTOVER_AUDIT_SIGNING_KEY: auditSigningKeyPem(),
        CUTOVER_AUDIT_SIGNING_KEY_FILE: '',
        CUTOVER_WEB_DIST: path.join(dataDir, 'no-web'),
      };
      // One after the other, as a rolling deploy would; both then run side by side.
      for (let i = 0; i < 2; i++) {
        const metricsPort = await freePort();
        metricsPorts.push(metricsPort);
        instances.push(
          await startMain({ ...env, CUTOVER_METRICS_PORT: String(metricsPort) }, await freePort()),
        );
      }
    }, 200_000);

    afterAll(async () => {
      for (const instance of instances) expect(await instance.stop()).toBe(0);
      await testDb?.drop();
    });

    it('a session made on one instance works on the other, and ends on both', async () => {
      const [a, b] = instances;
      const { cookie } = await signInOverHttp(a?.baseUrl ?? '', 'admin@test', 'a-long-password');
      const me = await fetch(`${b?.baseUrl}/trpc/auth.me`, { headers: { ...webHeaders, cookie } });
      expect(me.status).toBe(200);
      const signOut = await fetch(`${b?.baseUrl}/trpc/auth.signOut`, {
        method: 'POST',
        headers: { ...webHeaders, cookie },
        body: JSON.stringify({ json: null }),
      });
      expect(signOut.status).toBe(200);
      const after = await fetch(`${a?.baseUrl}/trpc/auth.me`, {
        headers: { ...webHeaders, cookie },
      });
      expect(after.status).toBe(401);
    });

    it('a session one instance holds in its cache ends there when another signs it out', async () => {
      const [a, b] = instances;
      const { cookie } = await signInOverHttp(a?.baseUrl ?? '', 'admin@test', 'a-long-password');
      const me = () => fetch(`${a?.baseUrl}/trpc/auth.me`, { headers: { ...webHeaders, cookie } });
      expect((await me()).status).toBe(200);
      expect((await me()).status).toBe(200);
      const signedOutAt = Date.now();
      const signOut = await fetch(`${b?.baseUrl}/trpc/auth.signOut`, {
        method: 'POST',
        headers: { ...webHeaders, cookie },
        body: JSON.stringify({ json: null }),
      });
      expect(signOut.status).toBe(200);
      // A hears of it through PostgreSQL's notification (drizzle/0017), not at the same
      // instant as B's commit: it must refuse the session well within a second.
      let status = (await me()).status;
      while (status === 200 && Date.now() - signedOutAt < 1_000) status = (await me()).status;
      expect(status).toBe(401);
    });

    it('a change made through one instance is seen through the other', async () => {
      const [a, b] = instances;
      const { cookie } = await signInOverHttp(a?.baseUrl ?? '', 'admin@test', 'a-long-password');
      const created = await fetch(`${a?.baseUrl}/trpc/staff.create`, {
        method: 'POST',
        headers: { ...webHeaders, cookie },
        body: JSON.stringify({
          json: { orgUnitId: institutionId, fullName: 'Иванова Анна', role: 'teacher' },
        }),
      });
      expect(created.status).toBe(200);
      const id = ((await created.json()) as { result: { data: { json: { id: number } } } }).result
        .data.json.id;
      const input = encodeURIComponent(JSON.stringify({ json: { id } }));
      const seen = await fetch(`${b?.baseUrl}/trpc/staff.byId?input=${input}`, {
        headers: { ...webHeaders, cookie },
      });
      expect(seen.status).toBe(200);
      expect(JSON.stringify(await seen.json())).toContain('Иванова Анна');
    });

    it('each periodic job ran once for the period, not once per instance', async () => {
      const jobs = [
        'adoption refresh',
        'import sweep',
        'audit checkpoint',
        'export sweep',
        'list counts fold',
      ];
      const runs = (scrapes: string[], job: string, outcome: string) =>
        scrapes.reduce(
          (sum, text) =>
            sum + counter(text, `cutover_job_runs_total{job="${job}",outcome="${outcome}"}`),
          0,
        );
      // A start-up run may still be going on a slow machine: wait until both have reported.
      let scrapes: string[] = [];
      for (let attempt = 0; attempt < 60; attempt++) {
        scrapes = await Promise.all(
          metricsPorts.map((port) =>
            fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text()),
          ),
        );
        const reported = (job: string) =>
          ['ok', 'skipped', 'failed'].reduce((sum, o) => sum + runs(scrapes, job, o), 0);
        if (jobs.every((job) => reported(job) >= 2)) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      for (const job of jobs) {
        const count = (outcome: string) => runs(scrapes, job, outcome);
        expect({
          job,
          ok: count('ok'),
          skipped: count('skipped'),
          failed: count('failed'),
        }).toEqual({
          job,
          ok: 1,
          skipped: 1,
          failed: 0,
        });
      }
      const leases = await queryRows<{ job: string }>(
        testDb.owner.db,
        sql`select job from job_leases order by job`,
      );
      expect(leases.map((l) => l.job)).toEqual([
        'adoption refresh',
        'audit checkpoint',
        'export sweep',
        'import sweep',
        'list counts fold',
      ]);
    });
  },
);
