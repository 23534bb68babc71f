import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import type { SignedIn } from '../testing/callers';
import { buildTree, type Tree } from '../testing/tree-fixture';
import { readPackEntries } from './pack-verify';
import { buildSettingsTimeline, entryText, timelineKey } from './settings-timeline';
import { exportDeps, exportNow } from './testing';

/**
 * Effective deadlines and policies as of past days, rebuilt from the audit log, over the
 * history of settings-timeline.ts (D1 2026-01-10, D2 2026-02-10, D3 2026-03-10): the days
 * before, on, between and after the changes.
 */
let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
let regional: SignedIn;
let district: SignedIn;
let waveId: number;
const key = timelineKey;

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  // Units open since long ago, so every past day below lists them.
  await testDb.database.db.execute(sql`update org_units set valid_from = '2020-01-01'`);
  deps = exportDeps(testDb.database);
  ({ regional, district, waveId } = await buildSettingsTimeline(testDb, tree, deps));
}, 120_000);

afterAll(() => testDb?.drop());

type Row = Record<string, string>;

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

describe('adoption as of a past day', () => {
  it('names the deadline in force that day', async () => {
    const { bytes } = await exportNow(deps, regional.caller, {
      report: 'adoption',
      format: 'csv',
      nodeId: regional.node.id,
      level: 'institution',
      waveId,
      asOf: '2026-01-25',
    });
    const rows = parse(bytes, { columns: true }) as Row[];
    expect(rows.find((r) => r.code === 'T-R0M0S0')).toMatchObject({
      effectiveDeadline: '2027-01-15',
      deadlineSetOn: 'Unit T-R0M0',
      deadlineReason: 'Районный срок',
      computedAt: '2026-01-20T00:00:00Z',
    });
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
