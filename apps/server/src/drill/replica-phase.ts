import { randomUUID } from 'node:crypto';
import type { MainProcess } from '../main-process';
import type { DrillCluster } from './cluster';
import { type Actor, call, percentile, webHeaders } from './load';
import type { DrillReplica } from './replica';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PRIMARY_READS_COOKIE = 'cutover_primary_reads';

interface Target {
  baseUrl: string;
  metricsToken: string;
}

function query(t: Target, cookie: string, procedure: string, input: unknown) {
  const encoded = encodeURIComponent(JSON.stringify({ json: input }));
  return call(`${t.baseUrl}/trpc/${procedure}?input=${encoded}`, {
    headers: { ...webHeaders, cookie },
  });
}

const dataOf = (body: unknown) =>
  (body as { result?: { data?: { json?: unknown } } } | null)?.result?.data?.json;

/** `cutover_db_reads_total` by "pool/reason/kind". */
async function readCounts(t: Target): Promise<Record<string, number>> {
  const text = await fetch(`${t.baseUrl}/metrics`, {
    headers: { authorization: `Bearer ${t.metricsToken}` },
  }).then((r) => r.text());
  const counts: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const m = /^cutover_db_reads_total\{(.*)\} (\d+)/.exec(line);
    if (!m?.[1]) continue;
    const labels = Object.fromEntries(
      [...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]),
    );
    counts[`${labels.pool}/${labels.reason}/${labels.kind}`] = Number(m[2]);
  }
  return counts;
}

function delta(after: Record<string, number>, before: Record<string, number>) {
  return Object.fromEntries(
    Object.entries(after)
      .map(([k, v]) => [k, v - (before[k] ?? 0)] as const)
      .filter(([, v]) => v > 0),
  );
}

const STAFF_SCANS = `select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0) from pg_stat_user_tables where relname = 'staff'`;

/** Staff table scans counted by each server: proof of where the list queries ran. */
async function staffScans(cluster: DrillCluster, replica: DrillReplica) {
  await sleep(1500); // PostgreSQL flushes a backend's table statistics at most once a second
  return {
    primary: Number((await cluster.sql('cutover', STAFF_SCANS)).trim()),
    replica: Number((await replica.sql(STAFF_SCANS)).trim()),
  };
}

/** `loops` readers for `seconds`: staff lists and dashboard summaries by every actor. */
async function readLoad(t: Target, actors: Actor[], loops: number, seconds: number) {
  const until = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: loops }, async (_, n) => {
      for (let i = 0; Date.now() < until; i++) {
        const actor = actors[(n + i) % actors.length] as Actor;
        const outcome =
          i % 2 === 0
            ? await query(t, actor.cookie, 'staff.list', { page: 1, perPage: 25 })
            : await query(t, actor.cookie, 'dashboard.summary', {});
        latencies.push(outcome.ms);
        if (outcome.kind !== 'acknowledged') errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, p50Ms: percentile(latencies, 50) };
}

/** A keyed staff create; the answer's read-your-writes cookie, and whether a read right after saw it. */
async function writeThenRead(t: Target, actor: Actor) {
  const fullName = `Drill replica ${randomUUID()}`;
  const response = await fetch(`${t.baseUrl}/trpc/staff.create`, {
    method: 'POST',
    headers: { ...webHeaders, cookie: actor.cookie },
    body: JSON.stringify({
      json: {
        orgUnitId: actor.institutionId,
        fullName,
        role: 'teacher',
        idempotencyKey: randomUUID(),
      },
    }),
  });
  const primaryCookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith(`${PRIMARY_READS_COOKIE}=`));
  const seen = async (cookie: string) => {
    const out = await query(t, cookie, 'staff.list', {
      page: 1,
      perPage: 5,
      filter: { q: fullName },
    });
    const rows = (
      dataOf(out.kind === 'acknowledged' ? out.body : null) as { data?: { fullName: string }[] }
    )?.data;
    return rows?.some((row) => row.fullName === fullName) ?? false;
  };
  const withCookie = primaryCookie ? await seen(`${actor.cookie}; ${primaryCookie}`) : false;
  return { ok: response.ok, gotCookie: Boolean(primaryCookie), seenRightAfter: withCookie };
}

async function readyz(t: Target) {
  const r = await fetch(`${t.baseUrl}/readyz`, { signal: AbortSignal.timeout(5000) });
  return { status: r.status, body: (await r.json()) as { readReplica?: string } };
}

/** A staff export by the district actor, polled until it ends. */
async function exportOnce(t: Target, actor: Actor) {
  const created = await call(`${t.baseUrl}/trpc/exports.create`, {
    method: 'POST',
    headers: { ...webHeaders, cookie: actor.cookie },
    body: JSON.stringify({ json: { report: 'staff', format: 'csv', nodeId: actor.institutionId } }),
  });
  const id = (dataOf(created.kind === 'acknowledged' ? created.body : null) as { id?: number })?.id;
  if (!id) return 'not created';
  for (let i = 0; i < 120; i++) {
    await sleep(500);
    const out = await query(t, actor.cookie, 'exports.byId', { id });
    const status = (dataOf(out.kind === 'acknowledged' ? out.body : null) as { status?: string })
      ?.status;
    if (status === 'succeeded' || status === 'failed') return status;
  }
  return 'timed out';
}

/**
 * The server with DATABASE_READ_URL on a streaming replica: reads on the replica, writes and
 * a writer's next reads on the primary, an export from the replica; then the replica
 * stopped (reads fall back, `/readyz` still ready) and started again (reads return to it).
 */
export async function replicaPhase(
  t: Target,
  cluster: DrillCluster,
  replica: DrillReplica,
  server: MainProcess,
  actors: Actor[],
  seconds: number,
) {
  const c0 = await readCounts(t);
  const scans0 = await staffScans(cluster, replica);
  const reads = await readLoad(t, actors, 20, seconds);
  const scans1 = await staffScans(cluster, replica);
  const c1 = await readCounts(t);

  const writes = [];
  for (let i = 0; i < 20; i++)
    writes.push(await writeThenRead(t, actors[i % actors.length] as Actor));
  const c2 = await readCounts(t);
  const exportStatus = await exportOnce(t, actors[2] as Actor);
  const c3 = await readCounts(t);

  await replica.stop('fast');
  const readyzDown = await readyz(t);
  const downReads = await readLoad(t, actors, 10, 5);
  const downWrite = await writeThenRead(t, actors[2] as Actor);
  const c4 = await readCounts(t);

  await replica.start();
  await sleep(6000); // the replica is left alone 5 s after a refusal
  const readyzBack = await readyz(t);
  const backReads = await readLoad(t, actors, 10, 3);
  const c5 = await readCounts(t);
  return {
    reads: { ...reads, byPool: delta(c1, c0) },
    staffScans: {
      primary: scans1.primary - scans0.primary,
      replica: scans1.replica - scans0.replica,
    },
    readYourWrites: {
      writes: writes.length,
      acknowledged: writes.filter((w) => w.ok).length,
      cookieSet: writes.filter((w) => w.gotCookie).length,
      seenRightAfter: writes.filter((w) => w.seenRightAfter).length,
      byPool: delta(c2, c1),
    },
    export: { status: exportStatus, byPool: delta(c3, c2) },
    replicaStopped: {
      readyz: readyzDown,
      ...downReads,
      writeAcknowledged: downWrite.ok,
      byPool: delta(c4, c3),
    },
    replicaBack: { readyz: readyzBack, ...backReads, byPool: delta(c5, c4) },
    serverExited: server.child.exitCode !== null || server.child.signalCode !== null,
  };
}
