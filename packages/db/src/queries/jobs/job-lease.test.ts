import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../testing/index';
import { takeJobLease } from './job-lease';

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase();
}, 60_000);

afterAll(() => testDb?.drop());

describe('takeJobLease', () => {
  it('gives a period to exactly one of the instances asking at once', async () => {
    const holders = Array.from({ length: 12 }, (_, i) => `instance-${i}`);
    const taken = await Promise.all(
      holders.map((holder) => takeJobLease(testDb.database.db, 'race', holder, 60_000)),
    );
    expect(taken.filter(Boolean)).toHaveLength(1);
    expect(await takeJobLease(testDb.database.db, 'race', 'late', 60_000)).toBe(false);
  });

  it('gives the next period once most of this one has passed', async () => {
    expect(await takeJobLease(testDb.database.db, 'next', 'a', 60_000)).toBe(true);
    expect(await takeJobLease(testDb.database.db, 'next', 'b', 60_000)).toBe(false);
    // As if the last run were 55 s ago: past 90% of a minute.
    await testDb.database.db.execute(
      sql`update job_leases set ran_at = now() - interval '55 seconds' where job = 'next'`,
    );
    expect(await takeJobLease(testDb.database.db, 'next', 'b', 60_000)).toBe(true);
    expect(await takeJobLease(testDb.database.db, 'next', 'a', 60_000)).toBe(false);
  });

  it('keeps each job to its own lease', async () => {
    expect(await takeJobLease(testDb.database.db, 'one', 'a', 60_000)).toBe(true);
    expect(await takeJobLease(testDb.database.db, 'two', 'a', 60_000)).toBe(true);
  });
});
