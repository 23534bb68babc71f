import type { LoadFigures } from './load';
import type { replayPhase, restartPhase, sigtermPhase } from './phases';
import type { samplePool } from './pool-sampler';
import type { replicaPhase } from './replica-phase';

export type Checks = Record<string, { auditChain: boolean; integrity: boolean }>;
export interface Figures {
  load: LoadFigures;
  loadPool: Awaited<ReturnType<ReturnType<typeof samplePool>>>;
  replays: Awaited<ReturnType<typeof replayPhase>>;
  restarts: Awaited<ReturnType<typeof restartPhase>>;
  backupRestore: {
    tables: number;
    rows: number;
    tablesDiffering: string[];
    restoredReadyz: number;
    seconds: number;
  };
  sigterm: Awaited<ReturnType<typeof sigtermPhase>>;
  replica: Awaited<ReturnType<typeof replicaPhase>> & { serverExit: number | null };
  checks: Checks;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  passed: boolean;
  problems: string[];
}

export function judge(
  r: Figures,
  checks: Record<string, { auditChain: boolean; integrity: boolean }>,
): string[] {
  const problems: string[] = [];
  if (r.load.errors + r.load.timeouts > 0) problems.push('load: errors or timeouts');
  if (r.replays.records !== 1 || r.replays.distinctAnswers !== 1)
    problems.push('replays: not exactly one record');
  if (r.restarts.lost > 0 || r.restarts.duplicates > 0)
    problems.push('restarts: lost or duplicated writes');
  if (r.restarts.serverExited) problems.push('restarts: the server exited');
  for (const x of r.restarts.restarts) {
    if (x.readyzWhileDown !== 503)
      problems.push('restarts: /readyz not 503 while the database was away');
    if (x.servedAgainMs < 0 || x.servedAgainMs > 10_000)
      problems.push('restarts: not serving within 10 s');
  }
  if (r.backupRestore.tablesDiffering.length > 0 || r.backupRestore.restoredReadyz !== 200)
    problems.push('restore: counts differ or app not ready');
  if (r.sigterm.failedInFlight > 0 || r.sigterm.exitCode !== 0)
    problems.push('sigterm: failed requests or unclean exit');
  problems.push(...judgeReplica(r.replica));
  for (const [phase, c] of Object.entries(checks))
    if (!c.auditChain || !c.integrity) problems.push(`${phase}: audit chain or integrity`);
  return problems;
}

export function printTable(r: Figures) {
  const rows: [string, string][] = [
    [
      'load',
      `${r.load.requests} requests (${r.load.perSecond}/s), ${r.load.errors} errors, ${r.load.timeouts} timeouts, p50 ${r.load.p50Ms} ms, p99 ${r.load.p99Ms} ms; primary pool of ${r.loadPool.poolMax}: all busy in ${Math.round(r.loadPool.allBusyShare * 100)}% of ${r.loadPool.samples} samples, waiting median ${r.loadPool.waitingMedian}, max ${r.loadPool.waitingMax}; server's own mean: staff.list ${r.loadPool.serverMeanMs['staff.list']} ms, staff.create ${r.loadPool.serverMeanMs['staff.create']} ms; CPU cores used: server ${r.loadPool.cpuCores.server}, PostgreSQL ${r.loadPool.cpuCores.postgres}`,
    ],
    [
      'restarts',
      `${r.restarts.restarts.length} restarts; writes ${r.restarts.acknowledged} acknowledged / ${r.restarts.failed} failed / ${r.restarts.unknown} unknown; lost ${r.restarts.lost}, duplicates ${r.restarts.duplicates}; serving again after ${r.restarts.restarts.map((x) => x.servedAgainMs).join(', ')} ms; /readyz while down ${r.restarts.restarts.map((x) => x.readyzWhileDown).join(', ')}`,
    ],
    [
      'replays',
      `${r.replays.replays} replays -> ${r.replays.records} record, ${r.replays.distinctAnswers} distinct answer, ${r.replays.failed} failed`,
    ],
    [
      'backup/restore',
      `${r.backupRestore.tables} tables, ${r.backupRestore.rows} rows, ${r.backupRestore.tablesDiffering.length} differing, restored /readyz ${r.backupRestore.restoredReadyz}, ${r.backupRestore.seconds} s`,
    ],
    ['replica', replicaLine(r.replica)],
    [
      'sigterm',
      `${r.sigterm.sentAroundSignal} requests around the signal, ${r.sigterm.failedInFlight} failed, exit ${r.sigterm.exitCode}`,
    ],
    [
      'checks',
      Object.entries(r.checks)
        .map(([p, c]) => `${p} ${c.auditChain && c.integrity ? 'ok' : 'FAIL'}`)
        .join(', '),
    ],
    ['load average', `${r.loadAverageBefore.join(' ')} -> ${r.loadAverageAfter.join(' ')}`],
  ];
  for (const [name, value] of rows) process.stdout.write(`| ${name.padEnd(14)} | ${value} |\n`);
  process.stdout.write(r.passed ? 'drill PASSED\n' : `drill FAILED: ${r.problems.join('; ')}\n`);
}

function judgeReplica(x: Figures['replica']): string[] {
  const problems: string[] = [];
  const q = (pools: Record<string, number>, key: string) => pools[key] ?? 0;
  if (
    x.reads.errors > 0 ||
    q(x.reads.byPool, 'read/replica/query') === 0 ||
    x.staffScans.replica === 0
  )
    problems.push('replica: reads did not go to the replica, or failed');
  if (x.readYourWrites.seenRightAfter !== x.readYourWrites.writes)
    problems.push('replica: a write was not seen by the read right after it');
  if (q(x.readYourWrites.byPool, 'read/replica/query') > 0)
    problems.push('replica: a read right after a write went to the replica');
  if (x.export.status !== 'succeeded' || q(x.export.byPool, 'read/replica/export') === 0)
    problems.push('replica: the export did not read from the replica');
  const down = x.replicaStopped;
  if (down.readyz.status !== 200 || down.readyz.body.readReplica !== 'unavailable')
    problems.push('replica: /readyz did not stay ready saying the replica is away');
  if (down.errors > 0 || !down.writeAcknowledged)
    problems.push('replica: requests failed without it');
  if (
    x.replicaBack.readyz.body.readReplica !== 'ready' ||
    q(x.replicaBack.byPool, 'read/replica/query') === 0
  )
    problems.push('replica: reads did not return to the replica');
  if (x.serverExited || x.serverExit !== 0)
    problems.push('replica: the server exited or stopped uncleanly');
  return problems;
}

function replicaLine(x: Figures['replica']): string {
  const pools = (p: Record<string, number>) =>
    Object.entries(p)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  return [
    `reads ${x.reads.requests} (${x.reads.errors} errors): ${pools(x.reads.byPool)}; staff scans primary ${x.staffScans.primary} / replica ${x.staffScans.replica}`,
    `read-your-writes ${x.readYourWrites.seenRightAfter}/${x.readYourWrites.writes} seen: ${pools(x.readYourWrites.byPool)}`,
    `export ${x.export.status}: ${pools(x.export.byPool)}`,
    `replica stopped: /readyz ${x.replicaStopped.readyz.status} ${x.replicaStopped.readyz.body.readReplica}, ${x.replicaStopped.requests} reads ${x.replicaStopped.errors} errors: ${pools(x.replicaStopped.byPool)}`,
    `back: /readyz ${x.replicaBack.readyz.body.readReplica}, ${pools(x.replicaBack.byPool)}`,
  ].join('; ');
}
