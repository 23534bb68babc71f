import { createHash } from 'node:crypto';
import { queryRows } from '@cutover/db';
import { openTestDatabase, type TestDatabase } from '@cutover/db/testing';
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
let district: SignedIn;

beforeAll(async () => {
  testDb = await openTestDatabase();
  tree = await buildTree(testDb.database);
  deps = exportDeps(testDb.database);
  const persona = personas.find((p) => p.name === 'district R0M0');
  if (!persona) throw new Error('no district persona');
  district = await exporter(deps, tree, persona);
}, 60_000);

afterAll(() => testDb?.drop());

const records = (bytes: Buffer, delimiter = ',') =>
  parse(bytes, { columns: true, delimiter, bom: true }) as Record<string, string>[];

describe('CSV export', () => {
  it('holds what the staff list shows, neutralizes formulas from the form, and is audited with its hash', async () => {
    const node = tree.byCode('T-R0M0S0');
    const formula = '=HYPERLINK("http://x","y")';
    await district.caller.staff.create({
      orgUnitId: node.id,
      fullName: formula,
      role: 'teacher',
      phone: '+7 900 123-45-67',
    });
    const { job, bytes, manifest } = await exportNow(deps, district.caller, {
      report: 'staff',
      format: 'csv',
      nodeId: tree.byCode('T-R0M0').id,
    });
    const rows = records(bytes);
    const listed = await district.caller.staff.list({
      page: 1,
      perPage: 500,
      filter: { withinId: tree.byCode('T-R0M0').id },
    });
    expect(rows.map((r) => Number(r.id))).toEqual(listed.data.map((r) => r.id));
    expect(rows.length).toBe(listed.total);
    const injected = rows.find((r) => r.fullName?.includes('HYPERLINK'));
    expect(injected?.fullName).toBe(`'${formula}`);
    expect(injected?.phone).toBe("'+79001234567");
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(bytes.toString('utf8')).toContain('\r\n');

    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(job.fileSha256).toBe(sha256);
    expect(manifest).toMatchObject({
      exportId: job.id,
      report: 'staff',
      rows: rows.length,
      files: [{ sha256, bytes: bytes.length }],
      requester: { login: district.user.login },
      scope: { nodeId: tree.byCode('T-R0M0').id },
    });
    const [audit] = await queryRows<{ id: string; action: string; after: Record<string, unknown> }>(
      testDb.database.db,
      sql`select id::text, action, after from audit_log where entity_type = 'exportJob' and entity_id = ${String(job.id)}`,
    );
    expect(audit?.action).toBe('export.create');
    expect(audit?.after).toMatchObject({ sha256, rows: rows.length, report: 'staff' });
    expect(manifest.auditEntryId).toBe(Number(audit?.id));
    // The job shows what was asked, not the requester's address.
    expect(job.params).toMatchObject({ report: 'staff', nodeId: tree.byCode('T-R0M0').id });
    expect(job.params).not.toHaveProperty('request');
  });

  it('writes the BOM and semicolons for Excel, with the list filter and sort applied', async () => {
    const nodeId = tree.byCode('T-R0M0').id;
    const filter = { funnelStatus: ['not_invited'] };
    const sort = { field: 'fullName', order: 'DESC' as const };
    const { bytes } = await exportNow(deps, district.caller, {
      report: 'staff',
      format: 'csv',
      nodeId,
      filter,
      sort,
      excel: true,
    });
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const rows = records(bytes, ';');
    const listed = await district.caller.staff.list({
      page: 1,
      perPage: 500,
      sort,
      filter: { ...filter, withinId: nodeId },
    });
    expect(rows.map((r) => Number(r.id))).toEqual(listed.data.map((r) => r.id));
  });

  it('refuses a unit outside the scope', async () => {
    await expect(
      district.caller.exports.create({
        report: 'staff',
        format: 'csv',
        nodeId: tree.byCode('T-R1').id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
