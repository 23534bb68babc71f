import path from 'node:path';
import { type ApiDeps, ensureDemoAccounts } from '@cutover/api';
import {
  CHECKPOINTS_FILE,
  DatabaseUnavailableError,
  DataDirLockedError,
  RuntimeRoleError,
} from '@cutover/db';
import { seedDemoIfEmpty } from '@cutover/db/seed';
import { startAdoptionRefresher } from './adoption-refresher';
import { checkpointDir, checkpointSetup } from './audit/checkpoint-setup';
import { startAuditCheckpointer } from './audit/checkpointer';
import { ConfigError, loadEnv } from './env';
import { startExportRunner } from './export-runner';
import { startImportSweeper } from './import-sweeper';
import { jobLeaseFor } from './job-lease';
import { startListCountsFolder } from './list-counts-folder';
import { createLogger } from './logger';
import { createMetrics } from './metrics/metrics';
import { startMetricsServer } from './metrics/routes';
import { openDatabases } from './open-database';
import { assertPortFree } from './port-check';
import { createServer } from './server';
import { startSessionCache } from './session-cache';

const EXPECTED_ERRORS = [
  ConfigError,
  DatabaseUnavailableError,
  DataDirLockedError,
  RuntimeRoleError,
];

/** In-flight requests and job runs get this long to finish after the drain period. */
const SHUTDOWN_LIMIT_SECONDS = 60;

function fail(message: string): never {
  process.stderr.write(`cutover: ${message}\n`);
  process.exit(1);
}

function portInUse(port: number): never {
  fail(`port ${port} is already in use; stop the other process or set PORT`);
}

async function main() {
  const env = loadEnv();
  const logger = createLogger(env.LOG_LEVEL);
  await assertPortFree(env.PORT, env.HOST).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') portInUse(env.PORT);
    throw error;
  });
  const checkpoints = checkpointSetup(env);
  // The seed and the demo accounts are written by the tables' owner, right after migrating.
  const { database, readDatabase } = await openDatabases(env, logger, {
    ownerWork: async (owner) => {
      if (env.CUTOVER_SEED === 'demo') {
        const report = await seedDemoIfEmpty(owner);
        if (report)
          logger.info({ counts: report.counts, seconds: report.seconds }, 'demo country loaded');
      }
      if (env.CUTOVER_DEMO) await ensureDemoAccounts(owner);
    },
  });

  const sessions = await startSessionCache(database, logger, env.CUTOVER_SESSION_CACHE_SECONDS);
  const deps: ApiDeps = {
    database,
    readDatabase,
    sessionCache: sessions.cache,
    logger,
    config: {
      sessionIdleMinutes: env.CUTOVER_SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: env.CUTOVER_SESSION_ABSOLUTE_HOURS,
      requireSecondFactorForAdmins: env.CUTOVER_REQUIRE_TOTP_FOR_ADMINS,
      demoMode: env.CUTOVER_DEMO,
    },
    exports: {
      dir: path.resolve(env.CUTOVER_EXPORT_DIR ?? path.join(env.CUTOVER_DATA_DIR, 'exports')),
      checkpointFile: path.join(checkpointDir(env), CHECKPOINTS_FILE),
    },
  };
  const metrics = createMetrics({
    database,
    readDatabase,
    checkpointFile: deps.exports?.checkpointFile,
  });
  deps.observeRead = metrics.observeRead;
  // Browsers refuse Secure cookies over plain http; local development runs on http.
  const secureCookies =
    env.CUTOVER_SECURE_COOKIES ?? !['127.0.0.1', 'localhost'].includes(env.HOST);
  let closing = false;
  const app = await createServer({
    deps,
    webDist: env.CUTOVER_WEB_DIST,
    secureCookies,
    logger,
    importMaxBytes: env.CUTOVER_IMPORT_MAX_BYTES,
    trustedProxies: env.CUTOVER_TRUSTED_PROXIES,
    metrics,
    metricsToken: env.CUTOVER_METRICS_TOKEN,
    draining: () => closing,
  });
  const jobOptions = { observe: metrics.observeJob, lease: jobLeaseFor(database) };

  const refresher =
    env.CUTOVER_REFRESH_MINUTES > 0
      ? startAdoptionRefresher(database, logger, env.CUTOVER_REFRESH_MINUTES, jobOptions)
      : null;
  const sweeper = startImportSweeper(database, logger, undefined, jobOptions);
  const folder = startListCountsFolder(database, logger, undefined, jobOptions);
  const exportRunner = startExportRunner(deps, logger, jobOptions);
  const checkpointer = checkpoints
    ? startAuditCheckpointer(database, logger, checkpoints, jobOptions)
    : null;
  const metricsServer =
    env.CUTOVER_METRICS_PORT === undefined
      ? null
      : await startMetricsServer(metrics, {
          host: env.CUTOVER_METRICS_HOST,
          port: env.CUTOVER_METRICS_PORT,
          token: env.CUTOVER_METRICS_TOKEN,
          database,
        });

  // SIGTERM (an orchestrator): /readyz fails at once, requests are served for the drain
  // period while the load balancer notices, then the listener closes and in-flight requests
  // finish. SIGINT (a terminal) skips the drain period.
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    const drainSeconds = signal === 'SIGTERM' ? env.CUTOVER_DRAIN_SECONDS : 0;
    logger.info(
      { signal, drainSeconds },
      'shutting down: draining, then finishing in-flight requests',
    );
    setTimeout(
      () => {
        logger.error('shutdown did not finish in time; exiting');
        process.exit(1);
      },
      (drainSeconds + SHUTDOWN_LIMIT_SECONDS) * 1000,
    ).unref();
    try {
      await new Promise((resolve) => setTimeout(resolve, drainSeconds * 1000));
      await app.close();
      await metricsServer?.close();
      await refresher?.stop();
      await sweeper.stop();
      await folder.stop();
      await exportRunner.stop();
      await checkpointer?.stop();
      await sessions.stop();
      await readDatabase?.close();
      await database.close();
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen({ port: env.PORT, host: env.HOST });
  } catch (error) {
    await database.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') portInUse(env.PORT);
    throw error;
  }
  logger.info(
    `Cutover is running at http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT} (${database.engine})`,
  );
}

main().catch((error: unknown) => {
  if (EXPECTED_ERRORS.some((kind) => error instanceof kind)) fail((error as Error).message);
  fail(`could not start: ${(error as Error).message ?? String(error)}`);
});
