import { refreshAdoption, schema } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { isoToday } from '@cutover/domain';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../context';
import type { SignedIn } from '../testing/callers';
import { buildTree, personas, type Tree } from '../testing/tree-fixture';
import { exportDeps, exporter, exportNow } from './testing';

let testDb: TestDatabase;
let tree: Tree;
let deps: ApiDeps;
let regional: SignedIn;
let waveId: number;

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  deps = exportDeps(testDb.database);
  const persona = personas.find((p) => p.name === 'regional R0');
  if (!persona) throw new Error('no regional persona');
  regional = await exporter(deps, tree, persona);
  const [wave] = await testDb.database.db
    .insert(schema.waves)
    .values({
      code: 'school_chats',
      nameEn: 'School chats',
      nameRu: 'Школьные чаты',
      opensOn: '2025-08-25',
      nationalDeadline: '2027-06-30',
    })
    .returning({ id: schema.waves.id });
  waveId = wave?.id ?? 0;
  // Units open since long ago, a refresh on a past day, then today's.
  await testDb.database.db.execute(sql`update org_units set valid_from = '2020-01-01'`);
  await refreshAdoption(testDb.database.db, '2026-01-10');
  await refreshAdoption(testDb.database.db, isoToday());
}, 60_000);

afterAll(() => testDb?.drop());

const rowsOf = (bytes: Buffer) => parse(bytes, { columns: true }) as Record<string, string>[];

describe('unit reports', () => {
  it('effective deadlines name where they were set, by whom and why', async () => {
    const municipality = tree.byCode('T-R0M0');
    await regional.caller.deadlines.create({
      orgUnitId: municipality.id,
      waveId,
      deadline: '2027-01-15',
      reason: 'Районный срок',
    });
    const { bytes } = await exportNow(deps, regional.caller, {
      report: 'deadlines',
      format: 'csv',
      nodeId: tree.byCode('T-R0').id,
      level: 'institution',
      waveId,
    });
    const rows = rowsOf(bytes);
    const inM0 = rows.filter((r) => r.code?.startsWith('T-R0M0'));
    const elsewhere = rows.filter((r) => !r.code?.startsWith('T-R0M0'));
    expect(inM0.length).toBeGreaterThan(0);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const row of inM0) {
      expect(row).toMatchObject({
        effectiveDeadline: '2027-01-15',
        deadlineSetOn: 'Unit T-R0M0',
        deadlineSetBy: regional.user.login,
        deadlineReason: 'Районный срок',
      });
    }
    for (const row of elsewhere) expect(row.deadlineSetOn).not.toBe('Unit T-R0M0');
    expect(rows.every((r) => r.code?.startsWith('T-R0'))).toBe(true);
  });

  it('effective policies follow the highest lock, and an adoption report needs a wave', async () => {
    const { bytes } = await exportNow(deps, regional.caller, {
      report: 'policies',
      format: 'csv',
      nodeId: tree.byCode('T-R0M0').id,
    });
    const rows = rowsOf(bytes);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.setOn === 'default' || r.setOn)).toBe(true);
    await expect(
      regional.caller.exports.create({
        report: 'adoption',
        format: 'csv',
        nodeId: tree.byCode('T-R0').id,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const adoption = await exportNow(deps, regional.caller, {
      report: 'adoption',
      format: 'xlsx',
      nodeId: tree.byCode('T-R0').id,
      waveId,
    });
    expect(adoption.manifest.report).toBe('adoption');
    const lagging = await exportNow(deps, regional.caller, {
      report: 'lagging',
      format: 'csv',
      nodeId: tree.byCode('T-R0').id,
      waveId,
      level: 'institution',
    });
    for (const row of rowsOf(lagging.bytes))
      expect(['overdue', 'at_risk', 'done_late', 'done']).toContain(row.class);
  });

  it('adoption as of a past day comes from the daily history', async () => {
    const nodeId = tree.byCode('T-R0').id;
    const input = {
      report: 'adoption',
      format: 'csv',
      nodeId,
      waveId,
      level: 'institution',
    } as const;
    const now = rowsOf((await exportNow(deps, regional.caller, input)).bytes);
    const then = rowsOf(
      (await exportNow(deps, regional.caller, { ...input, asOf: '2026-01-15' })).bytes,
    );
    expect(then.map((r) => r.unitId)).toEqual(now.map((r) => r.unitId));
    expect(then.every((r) => r.computedAt === '2026-01-10T00:00:00Z' && r.class === '')).toBe(true);
  });
});
