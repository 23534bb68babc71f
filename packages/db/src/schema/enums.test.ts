import {
  chatKindValues,
  chatStatusValues,
  funnelStatusValues,
  jobStatusValues,
  legacyPlatformValues,
  staffRoleValues,
} from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../client';
import { openTestDatabase, type TestDatabase } from '../testing/index';

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase();
}, 60_000);

afterAll(() => testDb?.drop());

// The schema builds its enums from the domain's lists; the migrations must have created
// the same values, in the same order, or the inputs would accept what the database refuses.
it('the migrated enums hold exactly the domain vocabularies', async () => {
  const rows = await queryRows<{ name: string; labels: string[] }>(
    testDb.database.db,
    sql`
    select t.typname as name, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
    from pg_enum e join pg_type t on t.oid = e.enumtypid
    group by t.typname`,
  );
  const migrated = Object.fromEntries(rows.map((row) => [row.name, [...row.labels]]));
  expect(migrated).toMatchObject({
    staff_role: [...staffRoleValues],
    funnel_status: [...funnelStatusValues],
    chat_kind: [...chatKindValues],
    chat_status: [...chatStatusValues],
    legacy_platform: [...legacyPlatformValues],
    job_status: [...jobStatusValues],
  });
});
