import { writeFileSync } from 'node:fs';
import { openDatabase, queryRows } from '@cutover/db';
import { sql } from 'drizzle-orm';
import { benchCaller } from './lib/api-caller';
import { measure, printTable } from './lib/measure';

/** Effective policies of an institution (resolution with provenance) at national scale. */
export async function benchPolicies(url: string) {
  const database = await openDatabase({ url, poolSize: 4 });
  try {
    const federal = await benchCaller(database, 'federal_admin', 'RU');
    const [region] = await queryRows<{ id: number; code: string }>(
      database.db,
      sql`select id, code from org_units where code = 'RU-TA'`,
    );
    const [institution] = await queryRows<{ id: number }>(
      database.db,
      sql`select id from org_units where level = 'institution' and path @> array[${region?.id ?? 0}]::integer[] order by id limit 1`,
    );
    if (!region || !institution) throw new Error('the database is not seeded at national scale');
    const country = (await federal.policies.effective({})).node;
    await federal.policies.set({
      orgUnitId: country.id,
      key: 'childrens_mode.enabled',
      value: true,
      locked: true,
      reason: 'bench: national lock',
    });
    await federal.policies.set({
      orgUnitId: region.id,
      key: 'childrens_mode.pin_length',
      value: 6,
      locked: false,
      reason: 'bench: regional override',
    });
    const timings = [
      await measure('effective policies: an institution', () =>
        federal.policies.effective({ orgUnitId: institution.id }),
      ),
      await measure(
        'impact preview: a lock at a region',
        () =>
          federal.policies.preview({
            orgUnitId: region.id,
            key: 'childrens_mode.pin_length',
            value: 4,
            locked: true,
          }),
        50,
      ),
    ];
    printTable('policies (national scale, PostgreSQL, in-process API)', timings, {
      'effective policies: an institution': 20,
    });
    writeFileSync(
      new URL('./results/policies.json', import.meta.url),
      `${JSON.stringify({ at: new Date().toISOString(), timings }, null, 2)}\n`,
    );
    return timings;
  } finally {
    await database.close();
  }
}
