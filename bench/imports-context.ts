import type { Context } from '@cutover/api';
import { testDeps } from '@cutover/api/testing';
import { createSession, type Database, insertAccount, queryRows } from '@cutover/db';
import { sql } from 'drizzle-orm';

/** Peak resident memory while `work` runs, sampled every 20 ms. */
export async function measured<T>(work: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const result = await work();
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    return { result, seconds, peakRssMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

export async function federalContext(database: Database): Promise<Context> {
  const [country] = await queryRows<{ id: number }>(
    database.db,
    sql`select id from org_units where level = 'country'`,
  );
  const user = await insertAccount(database.db, {
    login: `bench-import-${Date.now()}@bench`,
    displayName: 'Bench importer',
    passwordHash: 'unused',
    role: 'federal_admin',
    scopeOrgUnitId: country?.id ?? 1,
    isDemo: false,
  });
  const token = await createSession(
    database.db,
    user.id,
    { idleMinutes: 600, absoluteHours: 12 },
    { clientIp: '127.0.0.1', userAgent: 'bench', secondFactorPending: false },
  );
  return {
    deps: testDeps(database),
    request: { requestId: 'bench', clientIp: '127.0.0.1', userAgent: 'bench', sessionToken: token },
    sessionCookie: { set: () => {}, clear: () => {} },
  };
}
