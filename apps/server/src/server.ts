import { randomUUID } from 'node:crypto';
import { type ApiDeps, appRouter } from '@cutover/api';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { createContextFactory } from './context';
import type { Metrics } from './metrics/metrics';
import { registerMetricsRoute } from './metrics/routes';
import { procedureLabel, registerTrpcMetrics } from './metrics/trpc-metrics';
import { registerBackupRoute } from './ops/backup-route';
import { registerErrorHandler } from './request-errors';
import { registerExportRoutes } from './routes/exports';
import { registerHealthRoutes } from './routes/health';
import { registerImportRoutes } from './routes/imports';
import { registerSpa } from './routes/spa';
import { registerSecurity } from './security';
import { registerTrpcBodyGuard } from './trpc-body-guard';
import { registerTrpcRoute } from './trpc-route';

export interface ServerOptions {
  deps: ApiDeps;
  webDist?: string | undefined;
  secureCookies: boolean;
  /** A pino logger the server logs requests through; silent when absent. */
  logger?: FastifyBaseLogger;
  /** The largest roster file an upload accepts (50 MB when unset). */
  importMaxBytes?: number | undefined;
  /**
   * Proxies (addresses, ranges) whose X-Forwarded-For names the client. From anyone else the
   * header is ignored: the client address is the connection's, for limits and the audit log.
   */
  trustedProxies?: readonly string[] | undefined;
  /** Request figures are counted into these; absent, nothing is counted. */
  metrics?: Metrics | undefined;
  /** With a token, GET /metrics is served on this port to bearers of it (else not at all). */
  metricsToken?: string | undefined;
  /** True once a shutdown began: /readyz then says so. */
  draining?: (() => boolean) | undefined;
}

export const MAX_BATCH_SIZE = 20;

export async function createServer(options: ServerOptions) {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    trustProxy: options.trustedProxies?.length ? [...options.trustedProxies] : false,
    requestTimeout: 120_000,
    // A request read after a shutdown began is still served (it was sent before the listener
    // closed); its response says `Connection: close` so the client reconnects elsewhere.
    return503OnClosing: false,
    // Closing waits for every connection rather than cutting the idle ones: an "idle"
    // connection may hold a request not read yet. Idle keep-alive connections end after 5 s.
    forceCloseConnections: false,
    keepAliveTimeout: 5_000,
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (options.draining?.()) reply.header('connection', 'close');
  });
  registerErrorHandler(app);
  await registerSecurity(app, options.secureCookies);
  await app.register(fastifyCookie);
  registerHealthRoutes(app, options.deps.database, {
    demoMode: options.deps.config.demoMode,
    readDatabase: options.deps.readDatabase,
    draining: options.draining,
  });
  const cookie = {
    secure: options.secureCookies,
    maxAgeSeconds: options.deps.config.sessionAbsoluteHours * 3600,
  };
  await registerImportRoutes(app, { deps: options.deps, cookie, maxBytes: options.importMaxBytes });
  registerExportRoutes(app, { deps: options.deps, cookie });
  const { metrics } = options;
  if (metrics) registerTrpcMetrics(app, metrics, '/trpc');
  if (metrics && options.metricsToken) registerMetricsRoute(app, metrics, options.metricsToken);
  if (options.metricsToken) registerBackupRoute(app, options.deps.database, options.metricsToken);
  registerTrpcBodyGuard(app, '/trpc');
  await registerTrpcRoute(app, {
    prefix: '/trpc',
    router: appRouter,
    createContext: createContextFactory(options.deps, cookie),
    allowMethodOverride: true,
    maxBatchSize: MAX_BATCH_SIZE,
    onError: metrics
      ? ({ path, error }) => metrics.procedureFailed(procedureLabel(path), error.code)
      : undefined,
  });
  if (options.webDist) {
    await registerSpa(app, options.webDist, { deps: options.deps, cookie });
  }
  return app;
}
