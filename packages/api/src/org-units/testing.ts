import { type Database, queryRows, schema } from '@cutover/db';
import { eq, sql } from 'drizzle-orm';

export { failure } from '../staff/testing';

/** The stored path of one unit. */
export async function pathOf(database: Database, id: number) {
  const [row] = await database.db
    .select({ path: schema.orgUnits.path })
    .from(schema.orgUnits)
    .where(eq(schema.orgUnits.id, id));
  return row?.path;
}

/** The current version of one unit, for a write that must name it. */
export async function versionOf(database: Database, id: number) {
  const [row] = await database.db
    .select({ version: schema.orgUnits.version })
    .from(schema.orgUnits)
    .where(eq(schema.orgUnits.id, id));
  return row?.version ?? 1;
}

/** Rows whose carried region or municipality is not their unit's (migration 0009). */
export async function misplacedRows(database: Database) {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from (
          select s.region_id, s.municipality_id, u.path from staff s join org_units u on u.id = s.org_unit_id
          union all
          select c.region_id, c.municipality_id, u.path from official_chats c join org_units u on u.id = c.org_unit_id
        ) r where r.region_id is distinct from r.path[2] or r.municipality_id is distinct from r.path[3]`,
  );
  return row?.n;
}
