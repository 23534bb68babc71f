import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client';
import { openTestDatabase, type TestDatabase } from './index';

describe('openTestDatabase', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('hands out migrated databases', async () => {
    const rows = await queryRows<{ n: number }>(
      first.database.db,
      sql`select count(*)::int as n from information_schema.tables where table_name = 'org_units'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('isolates one database from another', async () => {
    await first.owner.db.execute(sql`create table isolation_probe (id int)`);
    const rows = await queryRows<{ n: number }>(
      second.database.db,
      sql`select count(*)::int as n from information_schema.tables where table_name = 'isolation_probe'`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
