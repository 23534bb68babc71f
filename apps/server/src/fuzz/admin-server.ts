import { buildTree, type Tree, testDeps } from '@cutover/api/testing';
import { createSession, insertAccount } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../context';
import { createServer } from '../server';

export interface AdminServer {
  testDb: TestDatabase;
  tree: Tree;
  app: FastifyInstance;
  adminId: number;
  /** A cookie for a new session of the federal admin (a request may end its session). */
  freshCookie(): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real Fastify server (driven in-process through `app.inject`) over a fresh database
 * holding the scope-test tree, with a federal admin: the role with the most power.
 */
export async function openAdminServer(
  options: { logger?: FastifyBaseLogger; importMaxBytes?: number } = {},
): Promise<AdminServer> {
  const testDb = await openTestDatabase();
  const tree = await buildTree(testDb.database);
  const admin = await insertAccount(testDb.database.db, {
    login: 'federal@test',
    displayName: 'Federal Admin',
    passwordHash: 'not-used',
    role: 'federal_admin',
    scopeOrgUnitId: tree.byCode('T-RU').id,
    isDemo: false,
  });
  const deps = testDeps(testDb.database);
  const app = await createServer({
    deps: options.logger ? { ...deps, logger: options.logger } : deps,
    secureCookies: false,
    logger: options.logger,
    importMaxBytes: options.importMaxBytes,
  });
  await app.ready();
  const freshCookie = async () => {
    const token = await createSession(
      testDb.database.db,
      admin.id,
      { idleMinutes: 30, absoluteHours: 12 },
      { clientIp: '127.0.0.1', userAgent: 'vitest', secondFactorPending: false },
    );
    return `${SESSION_COOKIE}=${token}`;
  };
  return {
    testDb,
    tree,
    app,
    adminId: admin.id,
    freshCookie,
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}
