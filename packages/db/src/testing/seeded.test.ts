import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client';
import { isSeeded } from '../seed/index';
import { openSeededTestDatabase, type SeededTestDatabase } from './index';

describe('openSeededTestDatabase', () => {
  let seeded: SeededTestDatabase;
  beforeAll(async () => {
    seeded = await openSeededTestDatabase();
  });
  afterAll(() => seeded?.drop());

  it('hands out the demo country, seeded around today', async () => {
    expect(await isSeeded(seeded.database.db)).toBe(true);
    const rows = await queryRows<{ level: string; n: number }>(
      seeded.database.db,
      sql`select level, count(*)::int as n from org_units group by level`,
    );
    const byLevel = Object.fromEntries(rows.map((row) => [row.level, row.n]));
    expect(byLevel.country).toBe(1);
    expect(byLevel.region).toBeGreaterThan(0);
    expect(seeded.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
