import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type Database, takeJobLease } from '@cutover/db';
import type { JobLease } from './periodic-job';

/**
 * On PostgreSQL, where several instances may share the database, a lease row per job makes
 * each periodic job run once per period in total. PGlite has one process: no lease.
 */
export function jobLeaseFor(database: Database): JobLease | undefined {
  if (database.engine !== 'postgres') return undefined;
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  return (job, everyMs) => takeJobLease(database.db, job, holder, everyMs);
}
