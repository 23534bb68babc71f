import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, queryRows } from '@cutover/db';
import { sql } from 'drizzle-orm';

interface Existing {
  external_id: string;
  code: string;
  full_name: string;
  role: string;
  phone: string | null;
}

const cell = (value: string | null) =>
  value && /[",;\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : (value ?? '');

/**
 * A roster of `total` rows for the database's institutions: half new teachers, 30%
 * renamed people, 5% deactivations and the rest unchanged (below the hold thresholds).
 */
export async function writeRosterCsv(database: Database, total: number): Promise<string> {
  const existingCount = Math.round(total / 2);
  const existing = await queryRows<Existing>(
    database.db,
    sql`select s.external_id, u.code, s.full_name, s.role, s.phone from staff s
          join org_units u on u.id = s.org_unit_id
         where u.level = 'institution' and s.external_id is not null and s.funnel_status <> 'deactivated'
           and s.role not in ('ministry_officer', 'municipal_officer')
         order by s.id limit ${existingCount}`,
  );
  const schools = await queryRows<{ code: string }>(
    database.db,
    sql`select code from org_units where level = 'institution' and valid_to is null order by id limit 5000`,
  );
  const file = path.join(tmpdir(), `cutover-bench-roster-${process.pid}.csv`);
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write('external_id,institution_code,full_name,role,phone,email,status');
  for (const [i, p] of existing.entries()) {
    const share = i / existing.length;
    const name = share < 0.6 ? `${p.full_name} (уточнено)` : p.full_name;
    const status = share >= 0.6 && share < 0.7 ? 'deactivated' : '';
    await write([p.external_id, p.code, name, p.role, p.phone, '', status].map(cell).join(','));
  }
  for (let i = 0; existing.length + i < total; i++) {
    const school = schools[i % schools.length]?.code ?? '';
    const phone = `+79${String(100_000_000 + i).slice(-9)}`;
    await write(
      `BENCH-${i},${cell(school)},Новиков Иван ${i},teacher,${phone},bench${i}@school.example,`,
    );
  }
  out.end();
  await once(out, 'close');
  return file;
}
