import { createHash } from 'node:crypto';
import type { TestDatabase } from '@cutover/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTreeDatabase } from '../testing/tree-database';
import { type Importer, upload, uploadPair } from './testing';

let testDb: TestDatabase;
let district: Importer;

const header = 'external_id,institution_code,full_name,role,phone,email,status';
const staffFile = (tag: string) =>
  [header, `${tag}-1,T-R0M0S0,Person ${tag},teacher,,,`].join('\n');
const sha256 = (content: string) => createHash('sha256').update(content).digest('hex');

beforeAll(async () => {
  ({
    testDb,
    signedIn: [district],
  } = await openTreeDatabase({ name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' }));
}, 60_000);
afterAll(() => testDb?.drop());

const listed = (filter: Record<string, unknown>) =>
  district.caller.imports.list({ page: 1, perPage: 50, filter });

/** As if the upload were still in flight. */
const inFlight = (jobId: number) =>
  testDb.database.db.execute(sql`update import_jobs set status = 'validating' where id = ${jobId}`);

describe('imports.list by file hash', () => {
  it('finds the job of a file the browser hashed, and no other', async () => {
    const fileA = staffFile('HA');
    const a = await upload(district, fileA);
    const b = await upload(district, staffFile('HB'));
    expect(a.fileSha256).toBe(sha256(fileA));

    const found = await listed({ fileSha256: sha256(fileA) });
    expect(found.data.map((j) => j.id)).toEqual([a.id]);
    expect(found.total).toBe(1);
    // Upper case hex is the same hash.
    expect((await listed({ fileSha256: sha256(fileA).toUpperCase() })).data).toHaveLength(1);
    // Finished, so not among the jobs still validating; in flight, it is.
    expect((await listed({ fileSha256: sha256(fileA), status: ['validating'] })).data).toEqual([]);
    await inFlight(a.id);
    const polled = await listed({ fileSha256: sha256(fileA), status: ['validating'] });
    expect(polled.data.map((j) => [j.id, j.status])).toEqual([[a.id, 'validating']]);

    // Anything but 64 hex digits is ignored, as other malformed filters are.
    for (const junk of ['', 'abc', `${sha256(fileA)}0`, 'z'.repeat(64), 42, null]) {
      const all = await listed({ fileSha256: junk });
      expect(all.data.map((j) => j.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    }
  });

  it('finds a OneRoster pair by the hash of both hashes, as the upload computes it', async () => {
    const orgs = 'sourcedId,name,type,identifier,parentSourcedId\no1,School,school,T-R0M0S0,\n';
    const users = 'sourcedId,enabledUser,orgSourcedIds,role,givenName,familyName,email,phone\n';
    const pair = await uploadPair(district, orgs, users);
    const hash = sha256(`${sha256(orgs)}:${sha256(users)}`);
    expect(pair.fileSha256).toBe(hash);
    expect((await listed({ fileSha256: hash })).data.map((j) => j.id)).toEqual([pair.id]);
  });
});
