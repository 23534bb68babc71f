import { type Database, queryRows } from '@cutover/db';
import type { WaveCode } from '@cutover/domain';
import { sql } from 'drizzle-orm';

/** The wave of a cohort, created directly (open, far-off dates) unless it exists. */
export async function waveOfCohort(database: Database, code: WaveCode) {
  await database.db.execute(
    sql`insert into waves (code, name_en, name_ru, opens_on, national_deadline)
        values (${code}, ${`Wave ${code}`}, ${`Волна ${code}`}, '2090-01-01', '2090-12-31')
        on conflict (code) do nothing`,
  );
  const [row] = await queryRows<{ id: number }>(
    database.db,
    sql`select id from waves where code = ${code}`,
  );
  return row?.id ?? 0;
}
