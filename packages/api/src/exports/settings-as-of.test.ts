import { queryRows, recordAudit } from '@cutover/db';
import { backdateAuditRows, openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import type { ApiDeps } from '../context';
import type { SignedIn } from '../testing/callers';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';
import { readPackEntries } from './pack-verify';
import { exportDeps, exporter, exportNow } from './testing';

/**
 * Effective deadlines and policies as of past days, rebuilt from the audit log. The changes
 * go through the API; their audit rows are then moved to fixed instants (D1, D2, D3), so
 * the days before, on, between and after them are known.
 */
let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
let federal: SignedIn;
let regional: SignedIn;
let district: SignedIn;
let waveId: number;
const key = 'childrens_mode.pin_length';

const signIn = (name: string) => {
  const persona = personas.find((p) => p.name === name);
  if (!persona) throw new Error(`no persona ${name}`);
  return exporter(deps, tree, persona);
};

/** Runs a change and moves the audit rows it wrote to `at`. */
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

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  // Units open since long ago, so every past day below lists them.
  await testDb.database.db.execute(sql`update org_units set valid_from = '2020-01-01'`);
  deps = exportDeps(testDb.database);
  federal = await signIn('federal');
  regional = await signIn('regional R0');
  district = await signIn('district R1M1');
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
}, 120_000);

afterAll(() => testDb?.drop());

type Row = Record<string, string>;

/** One file of a zip archive, as text. */
function entryText(file: string, name: string): Promise<string> {
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

async function report(who: SignedIn, report: 'deadlines' | 'policies', asOf?: string) {
  const { bytes } = await exportNow(deps, who.caller, {
    report,
    format: 'csv',
    nodeId: who.node.id,
    level: 'institution',
    ...(report === 'deadlines' ? { waveId } : {}),
    ...(asOf ? { asOf } : {}),
  });
  const rows = parse(bytes, { columns: true }) as Row[];
  const byCode = (code: string) => {
    const row = rows.find((r) => r.code === code && (report === 'deadlines' || r.policy === key));
    if (!row) throw new Error(`no row for ${code} as of ${asOf}`);
    return row;
  };
  return { rows, byCode };
}

describe('effective deadlines as of a past day', () => {
  it('a wave created after the day had no deadlines', async () => {
    expect((await report(regional, 'deadlines', '2025-11-30')).rows).toEqual([]);
  });

  it('before the first change: the earliest change’s before, marked as older than the log', async () => {
    const { byCode } = await report(regional, 'deadlines', '2026-01-05');
    expect(byCode('T-R0M0S0')).toMatchObject({
      nationalDeadline: '2027-06-30',
      effectiveDeadline: '2027-03-01',
      deadlineSetOn: 'Unit T-R0',
      deadlineSetBy: '',
      deadlineReason: 'seeded',
      provenanceNote: 'predates_audit_log',
    });
    // The entry with no values decides the school's state: unknown, said so.
    expect(byCode('T-R0M1S1')).toMatchObject({
      effectiveDeadline: '',
      provenanceNote: 'audit_values_missing',
    });
  });

  it('on the day of a change and between changes: its after, who, when and why', async () => {
    for (const day of ['2026-01-10', '2026-01-20']) {
      const { byCode } = await report(regional, 'deadlines', day);
      expect(byCode('T-R0M0S1')).toMatchObject({
        effectiveDeadline: '2027-01-15',
        deadlineSetOn: 'Unit T-R0M0',
        deadlineSetBy: regional.user.login,
        deadlineSetAt: '2026-01-10T12:00:00Z',
        deadlineReason: 'Районный срок',
        provenanceNote: '',
      });
      // Moved into R0 since: its own setting follows it, with its setter in R1.
      expect(byCode('T-R1M1S0')).toMatchObject({
        effectiveDeadline: '2027-01-20',
        deadlineSetOn: 'Unit T-R1M1S0',
        deadlineSetBy: district.user.login,
      });
    }
  });

  it('after the second change, and after the setting was removed', async () => {
    const second = await report(regional, 'deadlines', '2026-02-10');
    expect(second.byCode('T-R0M0S0')).toMatchObject({
      nationalDeadline: '2027-05-31',
      effectiveDeadline: '2027-01-10',
      deadlineReason: 'Сдвиг',
    });
    expect(second.byCode('T-R0M1S0')).toMatchObject({
      effectiveDeadline: '2027-02-01',
      deadlineSetOn: 'Unit T-R0',
      deadlineSetBy: regional.user.login,
      provenanceNote: '',
    });
    const removed = await report(regional, 'deadlines', '2026-03-10');
    expect(removed.byCode('T-R0M0S0')).toMatchObject({
      effectiveDeadline: '2027-02-01',
      deadlineSetOn: 'Unit T-R0',
    });
    // The entry with no values is still the school's latest change: unknown, not guessed.
    expect(removed.byCode('T-R0M1S1').provenanceNote).toBe('audit_values_missing');
    const today = await report(regional, 'deadlines');
    // The table's set_at is the real clock; the audit rows were moved to D2.
    const known = (rows: Row[]) =>
      rows.filter((r) => r.code !== 'T-R0M1S1').map(({ deadlineSetAt: _at, ...rest }) => rest);
    expect(known(removed.rows)).toEqual(known(today.rows));
  });

  it('another region’s settings never appear, on any day', async () => {
    for (const day of ['2026-01-05', '2026-01-20', '2026-02-10', '2026-03-10']) {
      const { rows } = await report(regional, 'deadlines', day);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.some((r) => r.deadlineSetOn === 'Unit T-R1M1')).toBe(false);
      expect(rows.every((r) => r.code?.startsWith('T-R0') || r.code === 'T-R1M1S0')).toBe(true);
      const theirs = await report(district, 'deadlines', day);
      expect(theirs.rows.map((r) => r.code)).toEqual(['T-R1M1S1']);
      expect(theirs.rows.some((r) => r.deadlineSetOn?.startsWith('Unit T-R0'))).toBe(false);
    }
  });
});

describe('effective policies as of a past day', () => {
  it('follows the lock, the unlock and the removal', async () => {
    const before = await report(regional, 'policies', '2026-01-05');
    expect(before.byCode('T-R0M0S0')).toMatchObject({ value: '4', setOn: 'default', lockedOn: '' });
    const locked = await report(regional, 'policies', '2026-01-20');
    expect(locked.byCode('T-R0M0S0')).toMatchObject({
      value: '6',
      setOn: 'Unit T-R0',
      lockedOn: 'Unit T-R0',
      setBy: regional.user.login,
      setAt: '2026-01-10T12:00:00Z',
      reason: 'lock',
      provenanceNote: '',
    });
    const unlocked = await report(regional, 'policies', '2026-02-10');
    expect(unlocked.byCode('T-R0M0S0')).toMatchObject({
      value: '7',
      lockedOn: '',
      reason: 'unlock',
    });
    const removed = await report(regional, 'policies', '2026-03-10');
    expect(removed.byCode('T-R0M0S0')).toMatchObject({ value: '4', setOn: 'default' });
  });
});

describe('the audit pack of a past day', () => {
  it('holds deadlines and policies as of that day, and lists only the subtree as current', async () => {
    const { file } = await exportNow(deps, regional.caller, {
      report: 'pack',
      format: 'zip',
      nodeId: tree.byCode('T-R0M0').id,
      waveId,
      asOf: '2026-01-20',
    });
    const manifest = JSON.parse((await readPackEntries(file)).manifest ?? '{}');
    expect(manifest.currentState).toEqual(['subtree.csv']);
    const deadlines = parse(await entryText(file, 'deadlines.csv'), { columns: true }) as Row[];
    expect(deadlines.find((r) => r.code === 'T-R0M0S0')?.effectiveDeadline).toBe('2027-01-15');
    const policies = parse(await entryText(file, 'policies.csv'), { columns: true }) as Row[];
    expect(policies.find((r) => r.code === 'T-R0M0' && r.policy === key)?.lockedOn).toBe(
      'Unit T-R0',
    );
  });
});
