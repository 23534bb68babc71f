import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { insertAccount, openDatabase, queryRows, userExists } from '@cutover/db';
import { sql } from 'drizzle-orm';
import { copyForBench } from './lib/bench-database';
import { monotonicMicros, summariseCpuProfiles } from './lib/cpu-profile';
import { measureFirstScreen, signInCookie } from './lib/first-screen';
import { heavyMix } from './lib/heavy-mix';
import { initialJs } from './lib/initial-js';
import { type LoadResult, runLoad } from './lib/load';
import { comparePostGraphile, reportPostGraphile } from './lib/postgraphile-compare';
import { cpuMsPerRequest, processCpuMs } from './lib/process-cpu';
import { startBenchServer } from './lib/server-process';
import { summaryStatementDirect } from './lib/summary-direct';

const DEMO_PASSWORD = 'cutover-demo';
const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
const heavySeconds = Number(process.env.BENCH_HTTP_HEAVY_SECONDS ?? 60);
const browserRuns = Number(process.env.BENCH_HTTP_BROWSER_RUNS ?? 3);

const goals = {
  summaryRatio: 0.5,
  initialJsBytes: 350_000,
  chartsVisibleMs: 1_200,
  chartsVisibleSlowMs: 4_000,
  heavyP99Ms: 1_000,
};

/**
 * The server as users meet it, over HTTP on loopback, against a copy of a national-scale
 * PostgreSQL database (the source is left as it is): the dashboard summary beside its own
 * SQL issued directly, the staff list at 10 and 200 connections, the JavaScript the first
 * screen transfers and when the dashboard's charts appear in headless Chromium.
 */
export async function benchHttp(url: string) {
  const source = decodeURIComponent(new URL(url).pathname.slice(1));
  const copy = await copyForBench(url, `${source}_http`);
  const loadBefore = loadavg();
  try {
    const server = await startBenchServer({
      database: { url: copy.runtimeUrl, migrationUrl: copy.ownerUrl },
    });
    try {
      const people = await benchAccounts(copy.ownerUrl);
      const measured = await measureAll(server, copy.ownerUrl, people);
      const results = {
        ...measured,
        summaryProfile: process.env.BENCH_HTTP_PROFILE ? await profileSummary(copy, people) : null,
        // Optional: installs PostGraphile 4 on demand (see lib/postgraphile-server.ts).
        postgraphile: process.env.BENCH_POSTGRAPHILE
          ? await comparePostGraphile({
              baseUrl: server.url,
              ownerUrl: copy.ownerUrl,
              runtimeUrl: copy.runtimeUrl,
              password: DEMO_PASSWORD,
              federalLogin: people.federal.login,
              regionLogin: people.region.login,
              seconds,
            })
          : null,
      };
      const load = { before: round(loadBefore[0]), after: round(loadavg()[0]) };
      report(results, load);
      writeFileSync(
        new URL('./results/http.json', import.meta.url),
        `${JSON.stringify({ at: new Date().toISOString(), load, goals, ...results }, null, 2)}\n`,
      );
      return results;
    } finally {
      await server.stop();
    }
  } finally {
    await copy.drop();
  }
}

/**
 * A regional admin of the largest region (by staff), beside the demo federal admin the
 * server created at start, with the same password.
 */
async function benchAccounts(ownerUrl: string) {
  const owner = await openDatabase({ url: ownerUrl, poolSize: 1 });
  try {
    const [largest] = await queryRows<{ id: number; code: string }>(
      owner.db,
      sql`select r.id, r.code from org_units r where r.level = 'region' and r.valid_to is null
          order by (select count(*) from staff s join org_units i on i.id = s.org_unit_id
                    where i.path @> array[r.id]) desc limit 1`,
    );
    if (!largest) throw new Error('the database has no regions: seed it at national scale');
    const login = `bench-region-${largest.code.toLowerCase()}@bench`;
    const [demo] = await queryRows<{ hash: string }>(
      owner.db,
      sql`select password_hash as hash from users where login = 'federal@demo.cutover'`,
    );
    if (!demo) throw new Error('the server created no demo accounts');
    if (!(await userExists(owner.db, login))) {
      await insertAccount(owner.db, {
        login,
        displayName: login,
        passwordHash: demo.hash,
        role: 'regional_admin',
        scopeOrgUnitId: largest.id,
        isDemo: false,
      });
    }
    return { region: { login, code: largest.code }, federal: { login: 'federal@demo.cutover' } };
  } finally {
    await owner.close();
  }
}

type People = Awaited<ReturnType<typeof benchAccounts>>;

async function measureAll(server: { url: string; pid: number }, ownerUrl: string, people: People) {
  const baseUrl = server.url;
  const federal = await signInCookie(baseUrl, people.federal.login, DEMO_PASSWORD);
  const region = await signInCookie(baseUrl, people.region.login, DEMO_PASSWORD);
  const call = (
    cookie: typeof federal,
    procedure: string,
    input: unknown,
    connections: number,
  ) => ({
    url: `${baseUrl}/trpc/${procedure}`,
    body: { json: input },
    headers: { cookie: `${cookie.name}=${cookie.value}`, 'x-cutover-client': 'web' },
    connections,
  });
  const staffPage = { page: 1, perPage: 25, sort: { field: 'fullName', order: 'ASC' }, filter: {} };
  await expectOk(call(federal, 'staff.list', staffPage, 1));

  // Warmed up apart, so the server's CPU is counted over the measured load alone.
  const summaryTarget = {
    name: 'dashboard summary, country, HTTP',
    ...call(federal, 'dashboard.summary', {}, 10),
    warmupSeconds: 0,
  };
  await runLoad({ ...summaryTarget, seconds: 3 });
  const cpuBefore = processCpuMs(server.pid);
  const summaryHttp = await runLoad({ ...summaryTarget, seconds });
  const serverCpuMsPerRequest = cpuMsPerRequest(server.pid, cpuBefore, summaryHttp.requests);
  const summaryDirect = await summaryStatementDirect(ownerUrl, seconds);
  const summary = {
    http: summaryHttp,
    /** The server process's CPU (user + system, from /proc) per summary request. */
    serverCpuMsPerRequest,
    direct: summaryDirect,
    ratio: round(summaryHttp.requestsPerSecond / summaryDirect.requestsPerSecond),
  };

  const lists: LoadResult[] = [
    await runLoad({
      name: `staff list, region ${people.region.code}, first page + total`,
      ...call(region, 'staff.list', staffPage, 10),
      seconds,
    }),
    await runLoad({
      name: 'staff list, country, first page + total',
      ...call(federal, 'staff.list', staffPage, 10),
      seconds,
    }),
    await runLoad({
      name: 'mixed lists and dashboards, 200 connections',
      ...call(region, 'staff.list', staffPage, 200),
      mix: heavyMix(federal, region, staffPage),
      seconds: heavySeconds,
    }),
  ];

  const js = await initialJs(baseUrl);
  const firstScreen = [];
  for (const cpuSlowdown of [1, 4]) {
    const screen = await measureFirstScreen({
      url: baseUrl,
      cookie: federal,
      cpuSlowdown,
      runs: browserRuns,
    });
    firstScreen.push(screen);
  }
  return { summary, lists, initialJs: js, firstScreen };
}

/**
 * The dashboard summary's load again, on a server started with --cpu-prof: where the
 * server's own CPU goes per request (BENCH_HTTP_PROFILE=1).
 */
async function profileSummary(copy: { ownerUrl: string; runtimeUrl: string }, people: People) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-bench-prof-'));
  try {
    const server = await startBenchServer({
      database: { url: copy.runtimeUrl, migrationUrl: copy.ownerUrl },
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    });
    let load: LoadResult;
    let window: { fromUs: number; toUs: number };
    let serverCpuMs: number | null;
    try {
      const cookie = await signInCookie(server.url, people.federal.login, DEMO_PASSWORD);
      const target = {
        name: 'dashboard summary, country, HTTP, profiled',
        url: `${server.url}/trpc/dashboard.summary`,
        body: { json: {} },
        headers: { cookie: `${cookie.name}=${cookie.value}`, 'x-cutover-client': 'web' },
        connections: 10,
        warmupSeconds: 0,
      };
      await runLoad({ ...target, seconds: 3 });
      const fromUs = monotonicMicros();
      const cpuBefore = processCpuMs(server.pid);
      load = await runLoad({ ...target, seconds });
      window = { fromUs, toUs: monotonicMicros() };
      serverCpuMs = cpuMsPerRequest(server.pid, cpuBefore, load.requests);
    } finally {
      await server.stop();
    }
    return { load, serverCpuMs, cpu: summariseCpuProfiles(dir, 15, window) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function expectOk(target: { url: string; body: unknown; headers: Record<string, string> }) {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify(target.body),
  });
  if (!response.ok) throw new Error(`${target.url} answered ${response.status}`);
}

type Results = Awaited<ReturnType<typeof measureAll>> & {
  summaryProfile: Awaited<ReturnType<typeof profileSummary>> | null;
  postgraphile: Awaited<ReturnType<typeof comparePostGraphile>> | null;
};

function report(results: Results, load: object) {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER goal');
  const { summary, lists, initialJs: js, firstScreen } = results;
  out('\nhttp (national scale, PostgreSQL, the real server on loopback)');
  out(
    `  summary: HTTP ${summary.http.requestsPerSecond} req/s (server CPU ${summary.serverCpuMsPerRequest ?? '?'} ms a request), statement direct ${summary.direct.requestsPerSecond} req/s, ratio ${summary.ratio} (goal >= ${goals.summaryRatio}: ${verdict(summary.ratio >= goals.summaryRatio)})`,
  );
  for (const list of lists) {
    const clean = list.errors + list.non2xx + list.timeouts === 0;
    out(
      `  ${list.name.padEnd(52)} ${String(list.requestsPerSecond).padStart(5)} req/s at ${list.connections}, p50 ${list.latencyMs.p50} ms, p99 ${list.latencyMs.p99} ms, ${clean ? '0 errors' : `${list.errors} errors, ${list.timeouts} timeouts, statuses ${JSON.stringify(list.statuses)}`}`,
    );
  }
  out(
    `  initial JS: ${js.files} files, ${kb(js.raw)} raw, ${kb(js.gzip)} gzip, ${kb(js.br)} brotli (goal <= ${kb(goals.initialJsBytes)}: ${verdict(js.br <= goals.initialJsBytes)})`,
  );
  for (const screen of firstScreen) {
    const goal = screen.cpuSlowdown === 1 ? goals.chartsVisibleMs : goals.chartsVisibleSlowMs;
    out(
      `  charts visible, CPU x${screen.cpuSlowdown}: median ${screen.chartsVisibleMs} ms of ${screen.runs.map((r) => r.chartsVisibleMs).join(', ')} (goal <= ${goal}: ${verdict(screen.chartsVisibleMs <= goal)})`,
    );
  }
  if (results.summaryProfile) {
    const { load: profiled, cpu, serverCpuMs } = results.summaryProfile;
    out(
      `  profiled summary load: ${profiled.requests} requests, server CPU ${serverCpuMs ?? '?'} ms a request; ${cpu.busyMs} ms of non-idle samples while it ran (${round(cpu.busyMs / Math.max(1, profiled.requests))} ms a request, time waiting for a core included)`,
    );
    for (const share of cpu.shares)
      out(`    ${String(share.percent).padStart(5)}%  ${share.owner}`);
  }
  if (results.postgraphile) reportPostGraphile(results.postgraphile, out);
  out(`  load average (1 min): ${JSON.stringify(load)}`);
}

const kb = (bytes: number) => `${Math.round(bytes / 1000)} kB`;
const round = (n: number | undefined) => Math.round((n ?? 0) * 100) / 100;
