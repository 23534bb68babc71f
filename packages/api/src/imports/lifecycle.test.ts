import { queryRows, sweepImportJobs } from '@cutover/db';
import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTreeDatabase } from '../testing/tree-database';
import { type Importer, upload } from './testing';

let testDb: TestDatabase;
let district: Importer;

const header = 'external_id,institution_code,full_name,role,phone,email,status';
/** A valid staff CSV of its own: `tag` keeps its hash (and so its job) apart from the others. */
const staffFile = (tag: string, n = 3) =>
  [
    header,
    ...Array.from({ length: n }, (_, i) => `${tag}-${i},T-R0M0S0,Person ${tag} ${i},teacher,,,`),
  ].join('\n');

beforeAll(async () => {
  ({
    testDb,
    signedIn: [district],
  } = await openTreeDatabase({ name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' }));
}, 60_000);
afterAll(() => testDb?.drop());

const stagedRows = async (jobId: number) => {
  const [row] = await queryRows<{ n: number }>(
    testDb.database.db,
    sql`select count(*)::int as n from import_rows where job_id = ${jobId}`,
  );
  return row?.n ?? 0;
};

/** Puts a job in a state as if time had passed: `minutes` since its last sign of life. */
const age = (jobId: number, minutes: number, status?: string) =>
  testDb.database.db.execute(sql`
    update import_jobs
       set updated_at = now() - make_interval(mins => ${minutes}::int),
           status = coalesce(${status ?? null}::job_status, status)
     where id = ${jobId}`);

const jobState = async (jobId: number) => {
  const [row] = await queryRows<{ status: string; row_errors: { message: string }[] }>(
    testDb.database.db,
    sql`select status, row_errors from import_jobs where id = ${jobId}`,
  );
  return row;
};

describe('interrupted validations', () => {
  it('re-uploading a file whose validation died checks it again, sweep or not', async () => {
    const file = staffFile('INT', 4);
    const first = await upload(district, file);
    expect(first.status).toBe('validated');
    // The server died mid-way: still validating, quiet for 11 minutes, rows half staged.
    await age(first.id, 11, 'validating');
    const again = await upload(district, file);
    expect(again).toMatchObject({ id: first.id, status: 'validated', progress: 100 });
    expect(again.counts.create).toBe(4);
    expect(await stagedRows(first.id)).toBe(4);
  });

  it('leaves a validation that is alive alone', async () => {
    const file = staffFile('LIVE');
    const first = await upload(district, file);
    await age(first.id, 2, 'validating');
    const again = await upload(district, file);
    expect(again).toMatchObject({ id: first.id, status: 'validating' });
  });
});

describe('the sweep', () => {
  it('fails interrupted jobs, cancels and purges old ones, and leaves fresh ones alone', async () => {
    // Start from a clean slate: earlier cases left jobs of their own.
    await testDb.owner.db.execute(sql`delete from import_jobs`);

    const stale = await upload(district, staffFile('SW-STALE'));
    await age(stale.id, 11, 'validating');
    const live = await upload(district, staffFile('SW-LIVE'));
    await age(live.id, 2, 'validating');
    const oldValidated = await upload(district, staffFile('SW-OLD'));
    await age(oldValidated.id, 8 * 24 * 60);
    const recent = await upload(district, staffFile('SW-NEW'));
    await age(recent.id, 6 * 24 * 60);
    const oldDone = await upload(district, staffFile('SW-DONE-OLD'));
    await district.caller.imports.commit({ id: oldDone.id });
    await age(oldDone.id, 8 * 24 * 60);
    const newDone = await upload(district, staffFile('SW-DONE-NEW'));
    await district.caller.imports.commit({ id: newDone.id });

    const report = await sweepImportJobs(testDb.database.db);
    expect(report).toEqual({ interrupted: 1, cancelled: 1, purged: 3 });

    expect(await jobState(stale.id)).toEqual({
      status: 'failed',
      row_errors: [{ row: 0, field: '', message: 'imports.errors.interrupted' }],
    });
    expect((await jobState(oldValidated.id))?.status).toBe('cancelled');
    expect((await jobState(live.id))?.status).toBe('validating');
    expect((await jobState(recent.id))?.status).toBe('validated');
    expect((await jobState(oldDone.id))?.status).toBe('succeeded');
    expect((await jobState(newDone.id))?.status).toBe('succeeded');
    for (const gone of [stale.id, oldValidated.id, oldDone.id])
      expect(await stagedRows(gone)).toBe(0);
    for (const kept of [live.id, recent.id, newDone.id]) expect(await stagedRows(kept)).toBe(3);

    // The interrupted job reports why; an old committed one keeps its counts.
    const interrupted = await district.caller.imports.byId({ id: stale.id });
    expect(interrupted.errors).toEqual([
      expect.objectContaining({ message: 'imports.errors.interrupted', text: expect.any(String) }),
    ]);
    const done = await district.caller.imports.byId({ id: oldDone.id });
    expect(done.preview.create).toEqual({ total: 3, rows: [] });

    // A second run finds nothing to do.
    expect(await sweepImportJobs(testDb.database.db)).toEqual({
      interrupted: 0,
      cancelled: 0,
      purged: 0,
    });
  });

  it('a cancelled job cannot be committed; its file and an interrupted one validate again', async () => {
    const cancelledFile = staffFile('CX');
    const cancelled = await upload(district, cancelledFile);
    await age(cancelled.id, 8 * 24 * 60);
    const interruptedFile = staffFile('CX-INT');
    const interrupted = await upload(district, interruptedFile);
    await age(interrupted.id, 11, 'validating');
    await sweepImportJobs(testDb.database.db);
    expect((await jobState(cancelled.id))?.status).toBe('cancelled');
    expect((await jobState(interrupted.id))?.status).toBe('failed');

    await expect(district.caller.imports.commit({ id: cancelled.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'imports.errors.not_committable',
    });
    await expect(
      district.caller.imports.commit({ id: cancelled.id, confirm: true }),
    ).rejects.toMatchObject({ message: 'imports.errors.not_committable' });

    for (const [file, id] of [
      [cancelledFile, cancelled.id],
      [interruptedFile, interrupted.id],
    ] as const) {
      const again = await upload(district, file);
      expect(again).toMatchObject({ id, status: 'validated', errors: [] });
      expect(again.preview.create?.rows).toHaveLength(3);
    }
    expect((await district.caller.imports.commit({ id: cancelled.id })).status).toBe('succeeded');
  });
});
