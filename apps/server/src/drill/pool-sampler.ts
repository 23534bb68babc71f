import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system) used so far by the processes whose ids are given. */
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / TICKS;
}

/** The postmaster of `dataDir` and its backends. */
function clusterPids(dataDir: string): number[] {
  const postmaster = Number(
    readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
        return Number(stat?.[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

const metric = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);

/**
 * Watches a load phase, to tell what its latency is made of: the primary pool once a
 * second from /metrics (all connections busy? callers queued?), the server's own time per
 * procedure (its latency histogram), and the CPU the server process and PostgreSQL used.
 */
export function samplePool(
  baseUrl: string,
  metricsToken: string,
  serverPid: number,
  dataDir: string,
) {
  const scrape = () =>
    fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } }).then(
      (r) => r.text(),
    );
  const samples: { busy: number; max: number; waiting: number }[] = [];
  const startedAt = Date.now();
  // Per backend: a connection the pool opens during the phase counts from zero.
  const pgStart = new Map(clusterPids(dataDir).map((pid) => [pid, cpuSeconds([pid])]));
  const serverStart = cpuSeconds([serverPid]);
  const postgresCpu = () =>
    clusterPids(dataDir).reduce((sum, pid) => sum + cpuSeconds([pid]) - (pgStart.get(pid) ?? 0), 0);
  const timer = setInterval(() => {
    scrape()
      .then((text) => {
        samples.push({
          busy: metric(
            text,
            /cutover_db_pool_connections\{pool="primary",[^}]*state="busy"\} (\d+)/,
          ),
          max: metric(text, /cutover_db_pool_connections\{pool="primary",[^}]*state="max"\} (\d+)/),
          waiting: metric(text, /cutover_db_pool_waiting\{pool="primary"\} (\d+)/),
        });
      })
      .catch(() => undefined);
  }, 1000);
  return async () => {
    clearInterval(timer);
    const seconds = (Date.now() - startedAt) / 1000;
    const text = await scrape().catch(() => '');
    const serverMs = (procedure: string) => {
      const sum = metric(
        text,
        new RegExp(`cutover_trpc_duration_seconds_sum\\{procedure="${procedure}"\\} ([\\d.e+-]+)`),
      );
      const count = metric(
        text,
        new RegExp(`cutover_trpc_duration_seconds_count\\{procedure="${procedure}"\\} (\\d+)`),
      );
      return count ? Math.round((sum / count) * 1000) : 0;
    };
    const waits = samples.map((s) => s.waiting).sort((a, b) => a - b);
    const share = (n: number) => Math.round((n / seconds) * 100) / 100;
    return {
      samples: samples.length,
      poolMax: samples[0]?.max ?? 0,
      allBusyShare:
        Math.round((samples.filter((s) => s.busy >= s.max).length / (samples.length || 1)) * 100) /
        100,
      waitingMedian: waits[Math.floor(waits.length / 2)] ?? 0,
      waitingMax: waits.at(-1) ?? 0,
      serverMeanMs: {
        'staff.list': serverMs('staff.list'),
        'staff.create': serverMs('staff.create'),
      },
      // CPU seconds per wall second (2 would be both cores of this machine).
      cpuCores: {
        server: share(cpuSeconds([serverPid]) - serverStart),
        // Backends that ended during the phase are not counted: a lower bound.
        postgres: share(postgresCpu()),
      },
    };
  };
}
