import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { auditSigningKeyPem, type MainProcess, startMain } from '../main-process';
import { DrillCluster } from './cluster';
import { type Actor, signIn } from './load';
import { mixedLoad, replayPhase, restartPhase, sigtermPhase } from './phases';
import { samplePool } from './pool-sampler';
import { DrillReplica } from './replica';
import { replicaPhase } from './replica-phase';
import { type Figures, judge, printTable } from './report';
import { createAccounts, DRILL_PASSWORD, mustPnpm, pnpm, repoRoot, rowCounts } from './setup';

/**
 * `pnpm drill`: a throwaway PostgreSQL 15 cluster on 127.0.0.1, the demo seed, the real
 * server, then load, restarts, replays, backup and restore, and SIGTERM; every phase bounded
 * and followed by the audit chain and integrity checks. Cleans up in `finally`.
 */
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SECONDS = num('DRILL_SECONDS', 60);
const CONNECTIONS = num('DRILL_CONNECTIONS', 200);
const REPLAYS = num('DRILL_REPLAYS', 1000);
const RESTARTS = num('DRILL_RESTARTS', 3);
const PORT = num('DRILL_PG_PORT', 55432);
const REPLICA_SECONDS = num('DRILL_REPLICA_SECONDS', 10);
const SERVER_PORT = num('DRILL_SERVER_PORT', 55480);
const SCALE = process.env.DRILL_SCALE ?? 'demo';

const log = (line: string) =>
  process.stdout.write(`[drill ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

async function main(): Promise<number> {
  const cluster = new DrillCluster(PORT);
  const replica = new DrillReplica(cluster, PORT + 1);
  const servers: MainProcess[] = [];
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    settings: { SECONDS, CONNECTIONS, REPLAYS, RESTARTS, SCALE },
    loadAverageBefore: loadavg().map((n) => Math.round(n * 100) / 100),
  };
  const checks: Record<string, { auditChain: boolean; integrity: boolean }> = {};
  const cleanUp = async () => {
    for (const server of servers) await server.stop('SIGKILL').catch(() => undefined);
    await replica.destroy();
    await cluster.destroy();
    log('cluster and servers cleaned up');
  };
  // Ctrl-C or a kill still removes the cluster and the servers.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  try {
    log(`cluster in ${cluster.root}`);
    await cluster.init();
    const ownerUrl = cluster.url();
    const runtimeUrl = cluster.url('cutover', 'cutover_app', 'drill-runtime-password');
    const dbEnv = { DATABASE_MIGRATION_URL: ownerUrl, DATABASE_URL: runtimeUrl };
    await mustPnpm(['db:roles'], dbEnv);
    log(`seeding the ${SCALE} scale`);
    const seedStarted = Date.now();
    await mustPnpm(['seed', '--scale', SCALE], {
      DATABASE_MIGRATION_URL: ownerUrl,
      DATABASE_URL: ownerUrl,
    });
    results.seedSeconds = Math.round((Date.now() - seedStarted) / 1000);
    const accounts = await createAccounts(ownerUrl);
    const metricsToken = `drill-metrics-${randomUUID()}`;
    const keyDir = path.join(cluster.root, 'keys');
    mkdirSync(keyDir);
    const signingKey = auditSigningKeyPem();
    // Checkpoints and exports of this drill stay in its own directory, not the repo's .data.
    const dataDir = path.join(cluster.root, 'data');
    const serverEnv = {
      ...dbEnv,
      DATABASE_READ_URL: '',
      CUTOVER_DATA_DIR: dataDir,
      CUTOVER_SEED: 'none',
      CUTOVER_DEMO: 'false',
      CUTOVER_DRAIN_SECONDS: '4',
      CUTOVER_AUDIT_SIGNING_KEY: signingKey,
      CUTOVER_AUDIT_SIGNING_KEY_FILE: '',
      CUTOVER_WEB_DIST: path.join(keyDir, 'no-web'),
      CUTOVER_TRUSTED_PROXIES: 'loopback',
      CUTOVER_METRICS_TOKEN: metricsToken,
    };
    const start = async (env: Record<string, string> = serverEnv, port = SERVER_PORT) => {
      const server = await startMain(env, port, 180_000);
      servers.push(server);
      return server;
    };
    const verify = async (phase: string, url = ownerUrl) => {
      const env = {
        DATABASE_URL: url,
        DATABASE_MIGRATION_URL: url,
        CUTOVER_AUDIT_SIGNING_KEY: signingKey,
        CUTOVER_DATA_DIR: dataDir,
      };
      const audit = await pnpm(['audit:verify'], env);
      const integrity = await pnpm(['integrity'], env);
      checks[phase] = { auditChain: audit.code === 0, integrity: integrity.code === 0 };
      log(
        `${phase}: audit chain ${audit.code === 0 ? 'ok' : 'BROKEN'}, integrity ${integrity.code === 0 ? 'ok' : 'PROBLEMS'}`,
      );
      if (audit.code !== 0) log(audit.output.slice(-2000));
    };
    await verify('seed');
    let server = await start();
    const actors: Actor[] = [];
    for (const account of accounts) {
      actors.push({
        login: account.login,
        cookie: await signIn(server.baseUrl, account.login, DRILL_PASSWORD),
        institutionId: account.institutionId,
      });
    }

    log(`load: ${CONNECTIONS} connections for ${SECONDS} s`);
    const poolFigures = samplePool(
      server.baseUrl,
      metricsToken,
      server.child.pid ?? 0,
      cluster.dataDir,
    );
    results.load = await mixedLoad(server.baseUrl, actors, CONNECTIONS, SECONDS);
    results.loadPool = await poolFigures();
    log(JSON.stringify(results.load));
    await verify('load');

    log(`replays: ${REPLAYS} of one keyed create`);
    results.replays = await replayPhase(server.baseUrl, ownerUrl, actors[2] as Actor, REPLAYS);
    log(JSON.stringify(results.replays));
    await verify('replays');

    log(`replica: pg_basebackup -R on port ${replica.port}, a server reading from it`);
    await replica.create();
    const replicaServer = await start(
      {
        ...serverEnv,
        DATABASE_READ_URL: replica.url('cutover', 'cutover_app', 'drill-runtime-password'),
      },
      SERVER_PORT + 2,
    );
    const replicaFigures = await replicaPhase(
      { baseUrl: replicaServer.baseUrl, metricsToken },
      cluster,
      replica,
      replicaServer,
      actors,
      REPLICA_SECONDS,
    );
    results.replica = { ...replicaFigures, serverExit: await replicaServer.stop('SIGTERM') };
    await replica.destroy();
    log(JSON.stringify(results.replica));
    await verify('replica');

    log(`restarts: PostgreSQL restarted ${RESTARTS} times under write load`);
    results.restarts = await restartPhase(
      server.baseUrl,
      ownerUrl,
      cluster,
      server,
      actors,
      RESTARTS,
    );
    log(JSON.stringify(results.restarts));
    await verify('restarts');
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      log('the server had exited: starting another for the remaining phases');
      server = await start();
    }

    log('backup and restore: pg_dump -Fc, pg_restore into a fresh database');
    const dumpFile = path.join(cluster.root, 'cutover.dump');
    const dumpStarted = Date.now();
    await cluster.dump('cutover', dumpFile);
    await cluster.restore(dumpFile, 'cutover_restored');
    const restoredOwner = cluster.url('cutover_restored');
    const [before, after] = [await rowCounts(ownerUrl), await rowCounts(restoredOwner)];
    const differing = Object.keys(before).filter((t) => before[t] !== after[t]);
    await verify('restore', restoredOwner);
    const restoredServer = await start(
      {
        ...serverEnv,
        DATABASE_MIGRATION_URL: restoredOwner,
        DATABASE_URL: cluster.url('cutover_restored', 'cutover_app', 'drill-runtime-password'),
      },
      SERVER_PORT + 1,
    );
    const readyz = (await fetch(`${restoredServer.baseUrl}/readyz`)).status;
    const restoredExit = await restoredServer.stop('SIGTERM');
    results.backupRestore = {
      seconds: Math.round((Date.now() - dumpStarted) / 1000),
      tables: Object.keys(before).length,
      rows: Object.values(before).reduce((a, b) => a + b, 0),
      tablesDiffering: differing,
      restoredReadyz: readyz,
      restoredServerExit: restoredExit,
    };
    log(JSON.stringify(results.backupRestore));

    log('SIGTERM under load');
    results.sigterm = await sigtermPhase(server.baseUrl, server, actors, Math.min(CONNECTIONS, 50));
    log(JSON.stringify(results.sigterm));
    await verify('sigterm');
    server = undefined as unknown as MainProcess;

    results.checks = checks;
    results.loadAverageAfter = loadavg().map((n) => Math.round(n * 100) / 100);
    results.finishedAt = new Date().toISOString();
    const problems = judge(results as unknown as Figures, checks);
    results.passed = problems.length === 0;
    results.problems = problems;
    printTable(results as unknown as Figures);
    mkdirSync(path.join(repoRoot, 'drill/results'), { recursive: true });
    writeFileSync(
      path.join(repoRoot, 'drill/results/latest.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    return problems.length === 0 ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(
      `drill failed: ${String((error as Error).stack ?? error).slice(0, 3000)}\n`,
    );
    process.exit(1);
  },
);
