import { type Database, queryRows, schema } from '@cutover/db';
import { eq, sql } from 'drizzle-orm';

/** Inserts an open school under `parentId` (code `F-<parent>-<n>`) and returns its id. */
export async function freshInstitution(database: Database, parentId: number, n: number) {
  const [parent] = await database.db
    .select({ path: schema.orgUnits.path })
    .from(schema.orgUnits)
    .where(eq(schema.orgUnits.id, parentId));
  if (!parent) throw new Error('no such parent');
  const [row] = await queryRows<{ id: number }>(
    database.db,
    sql`select nextval('org_units_id_seq')::int as id`,
  );
  const id = row?.id ?? 0;
  await database.db.insert(schema.orgUnits).values({
    id,
    parentId,
    level: 'institution',
    kind: 'school',
    code: `F-${parentId}-${n}`,
    name: `Fresh school ${n}`,
    path: [...parent.path, id],
    depth: parent.path.length,
  });
  return id;
}
