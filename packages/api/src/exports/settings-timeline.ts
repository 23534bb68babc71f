import { queryRows, recordAudit } from '@cutover/db';
import { backdateAuditRows, type TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import yauzl from 'yauzl';
import type { ApiDeps } from '../context';
import { personas, type Tree } from '../testing/tree-fixture';
import { exporter } from './testing';

export const timelineKey = 'childrens_mode.pin_length';

/**
 * The history the as-of tests read, every change through the API with its audit rows then
 * moved to a fixed instant: a wave (2025-12-01) rescheduled on D2; a deadline seeded on the
 * region before the log, changed on D2; the municipality's deadline set on D1, changed on
 * D2, removed on D3; a regional policy locked on D1, unlocked on D2, removed on D3; another
 * region's deadlines on D1, one on a school moved into R0 on D3; an entry with no values.
 */
export async function buildSettingsTimeline(testDb: TestDatabase, tree: Tree, deps: ApiDeps) {
  const key = timelineKey;
  const signIn = (name: string) => {
    const persona = personas.find((p) => p.name === name);
    if (!persona) throw new Error(`no persona ${name}`);
    return exporter(deps, tree, persona);
  };
  /** Runs a change and moves the audit rows it wrote to `instant`. */
  async function at(instant: string, change: () => Promise<unknown>) {
    const db = testDb.owner.db;
    const [before] = await queryRows<{ id: number }>(
      db,
      sql`select coalesce(max(id), 0)::int as id from audit_log`,
    );
    await change();
    const rows = await queryRows<{ id: number }>(
      db,
      sql`select id::int as id from audit_log where id > ${before?.id ?? 0}`,
    );
    await backdateAuditRows(
      db,
      rows.map((row) => ({ id: row.id, at: instant })),
    );
  }
  let waveId = 0;
  const federal = await signIn('federal');
  const regional = await signIn('regional R0');
  const district = await signIn('district R1M1');
  const id = (code: string) => tree.byCode(code).id;
  let version = 0;
  await at('2025-12-01T10:00:00Z', async () => {
    const wave = await federal.caller.waves.create({
      code: 'school_chats',
      nameEn: 'School chats',
      nameRu: 'Школьные чаты',
      opensOn: '2025-09-01',
      nationalDeadline: '2027-06-30',
      reason: 'приказ',
    });
    waveId = wave.id;
    version = wave.version;
  });
  // Set before the audit log recorded anything about it (a seed), changed on D2.
  await testDb.database.db.execute(
    sql`insert into deadlines (org_unit_id, wave_id, deadline, reason, set_at)
        values (${id('T-R0')}, ${waveId}, '2027-03-01', 'seeded', '2025-01-01T00:00:00Z')`,
  );
  await at('2026-01-10T12:00:00Z', async () => {
    await regional.caller.deadlines.create({
      orgUnitId: id('T-R0M0'),
      waveId,
      deadline: '2027-01-15',
      reason: 'Районный срок',
    });
    await regional.caller.policies.set({
      orgUnitId: id('T-R0'),
      key,
      value: 6,
      locked: true,
      reason: 'lock',
    });
    await district.caller.deadlines.create({
      orgUnitId: id('T-R1M1'),
      waveId,
      deadline: '2027-02-01',
      reason: 'other region',
    });
    await district.caller.deadlines.create({
      orgUnitId: id('T-R1M1S0'),
      waveId,
      deadline: '2027-01-20',
      reason: 'school own',
    });
  });
  await at('2026-02-10T08:00:00Z', async () => {
    await regional.caller.deadlines.create({
      orgUnitId: id('T-R0M0'),
      waveId,
      deadline: '2027-01-10',
      reason: 'Сдвиг',
    });
    await regional.caller.deadlines.create({
      orgUnitId: id('T-R0'),
      waveId,
      deadline: '2027-02-01',
      reason: 'updated',
    });
    await regional.caller.policies.set({
      orgUnitId: id('T-R0'),
      key,
      value: 7,
      locked: false,
      reason: 'unlock',
    });
    await federal.caller.waves.reschedule({
      id: waveId,
      version,
      opensOn: '2025-09-01',
      nationalDeadline: '2027-05-31',
      reason: 'перенос',
    });
    // An entry in an older shape: no before and no value after.
    await recordAudit(
      testDb.owner.db,
      { userId: null, login: 'legacy', requestId: null, clientIp: null },
      {
        action: 'deadline.update',
        entityType: 'deadline',
        entityId: 999,
        orgPath: tree.byCode('T-R0M1S1').path,
        after: { waveId },
      },
    );
  });
  await at('2026-03-10T09:00:00Z', async () => {
    const [m0] = await queryRows<{ id: number }>(
      testDb.database.db,
      sql`select id from deadlines where org_unit_id = ${id('T-R0M0')}`,
    );
    await regional.caller.deadlines.delete({ id: m0?.id ?? 0 });
    await regional.caller.policies.remove({
      orgUnitId: id('T-R0'),
      key,
      reason: 'back to default',
    });
    const [school] = await queryRows<{ version: number }>(
      testDb.database.db,
      sql`select version from org_units where id = ${id('T-R1M1S0')}`,
    );
    await federal.caller.orgUnits.move({
      id: id('T-R1M1S0'),
      version: school?.version ?? 1,
      newParentId: id('T-R0M1'),
      reason: 'moved to R0',
    });
  });
  await testDb.database.db.execute(
    sql`insert into adoption_snapshots (org_unit_id, wave_id, day, numerator, denominator)
        values (${id('T-R0M0S0')}, ${waveId}, '2026-01-20', 3, 10)`,
  );
  return { federal, regional, district, waveId };
}

/** One file of a zip archive, as text. */
export function entryText(file: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => reject(new Error(`no ${name} in the archive`)));
      zip.readEntry();
    });
  });
}
