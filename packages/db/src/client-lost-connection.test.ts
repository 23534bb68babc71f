import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, queryRows } from './index';
import { openTestDatabase, type TestDatabase, testEngine } from './testing/index';

/**
 * PostgreSQL going away (a restart) while a client is checked out between two statements of
 * a transaction: the client emits 'error' with nobody querying. Unheard, that kills the
 * process (the reliability drill found it); heard, the transaction fails and the pool goes on.
 */
describe.skipIf(testEngine() !== 'postgres')('a connection lost inside a transaction', () => {
  let testDb: TestDatabase;
  let database: Database;
  const poolErrors: Error[] = [];

  beforeAll(async () => {
    testDb = await openTestDatabase();
    database = await openDatabase({
      url: testDb.urls?.owner ?? '',
      poolSize: 2,
      onPoolError: (error) => poolErrors.push(error),
    });
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('reaches onPoolError, fails that transaction, and the next query works', async () => {
    const transaction = database.db.transaction(async (tx) => {
      const [me] = await queryRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
      await queryRows(testDb.owner.db, sql`select pg_terminate_backend(${me?.pid ?? 0})`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.execute(sql`select 1`);
    });
    await expect(transaction).rejects.toThrow();
    expect(poolErrors.length).toBeGreaterThan(0);
    const [row] = await queryRows<{ n: number }>(database.db, sql`select 1 as n`);
    expect(row?.n).toBe(1);
  });
});
