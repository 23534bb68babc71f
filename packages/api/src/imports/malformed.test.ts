import { Readable } from 'node:stream';
import type { TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTreeDatabase } from '../testing/tree-database';
import { FileTooLarge, receiveFile } from './receive';
import { type Importer, upload, writtenState } from './testing';

let testDb: TestDatabase;
let district: Importer;

const header = 'external_id,institution_code,full_name,role,phone,email,status';
const good = 'M-1,T-R0M0S0,Иванова Анна,teacher,+79001234567,,';

beforeAll(async () => {
  ({
    testDb,
    signedIn: [district],
  } = await openTreeDatabase({ name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' }));
}, 60_000);
afterAll(() => testDb?.drop());

/** Uploads, expects a failed job with exactly these errors, and nothing written. */
async function refused(content: string | Uint8Array, errors: [number, string, string][]) {
  const before = await writtenState(testDb.database);
  const report = await upload(district, content);
  expect(report.status).toBe('failed');
  expect(report.errors.map((e) => [e.row, e.field, e.message])).toEqual(errors);
  for (const e of report.errors) expect(e.text).not.toBe(e.message);
  expect(await writtenState(testDb.database)).toEqual(before);
  await expect(district.caller.imports.commit({ id: report.id })).rejects.toThrow(
    'imports.errors.not_committable',
  );
}

const csv = (...lines: string[]) => [header, ...lines].join('\n');

describe('a malformed file is refused with a clear error and writes nothing', () => {
  it('wrong encoding: neither UTF-8 nor Windows-1251', async () => {
    const bytes = Buffer.concat([Buffer.from(`${header}\n`), Buffer.from([0xc0, 0x98, 0xff])]);
    await refused(bytes, [[0, 'staff.csv', 'imports.errors.unknown_encoding']]);
  });

  it('binary garbage', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await refused(bytes, [[0, 'staff.csv', 'imports.errors.binary_file']]);
  });

  it('missing columns', async () => {
    await refused('external_id,institution_code,full_name\nM-1,T-R0M0S0,Anna', [
      [1, 'role', 'imports.errors.missing_column'],
      [1, 'phone', 'imports.errors.missing_column'],
      [1, 'email', 'imports.errors.missing_column'],
    ]);
  });

  it('extra columns', async () => {
    await refused(`${header},salary,notes\n${good},1,x`, [
      [1, 'salary', 'imports.errors.extra_column'],
      [1, 'notes', 'imports.errors.extra_column'],
    ]);
  });

  it('duplicate external ids', async () => {
    await refused(csv(good, good.replace('Иванова', 'Петрова')), [
      [3, 'external_id', 'imports.errors.duplicate_external_id'],
    ]);
  });

  it('unknown units, and units outside the scope, read the same', async () => {
    await refused(
      csv(good, 'M-2,NO-SUCH,Петрова Анна,teacher,,,', 'M-3,T-R1M0S0,Орлова Анна,teacher,,,'),
      [
        [3, 'institution_code', 'imports.errors.unknown_institution'],
        [4, 'institution_code', 'imports.errors.unknown_institution'],
      ],
    );
  });

  it('a role that does not fit the level of its unit, and invalid values', async () => {
    await refused(
      csv(
        'M-4,T-R0M0,Орлова Анна,teacher,,,',
        'M-5,T-R0M0S0,Орлова Анна,janitor,12345,not-an-email,maybe',
      ),
      [
        [2, 'role', 'imports.errors.role_level_mismatch'],
        [3, 'role', 'imports.errors.invalid_role'],
        [3, 'phone', 'imports.errors.invalid_phone'],
        [3, 'email', 'imports.errors.invalid_email'],
        [3, 'status', 'imports.errors.invalid_status'],
      ],
    );
  });

  it('formula cells (a phone may start with +7, nothing else may start like a formula)', async () => {
    await refused(
      csv(
        good,
        'M-2,T-R0M0S0,"=HYPERLINK(""http://evil"",""x"")",teacher,,,',
        'M-3,T-R0M0S0,Орлова Анна,teacher,+7=1,@cmd,',
        'M-4,T-R0M0S0,\tTabbed,teacher,,,',
      ),
      [
        [3, 'full_name', 'imports.errors.formula_cell'],
        [4, 'phone', 'imports.errors.formula_cell'],
        [4, 'email', 'imports.errors.formula_cell'],
        [5, 'full_name', 'imports.errors.formula_cell'],
      ],
    );
  });

  it('an unclosed quote', async () => {
    await refused(csv(good, 'M-2,"T-R0M0S0,Anna,teacher,,,'), [
      [3, 'file', 'imports.errors.unreadable_csv'],
    ]);
  });

  it('a file over the size limit stops at the limit without being read further', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let served = 0;
    async function* endless() {
      for (;;) {
        served += chunk.length;
        yield chunk;
      }
    }
    const limit = 50 * 1024 * 1024;
    const before = await writtenState(testDb.database);
    await expect(receiveFile(Readable.from(endless()), 'big.csv', limit)).rejects.toBeInstanceOf(
      FileTooLarge,
    );
    // The stream reads at most one chunk ahead of the one that crossed the limit.
    expect(served).toBeLessThanOrEqual(limit + 2 * chunk.length);
    expect(await writtenState(testDb.database)).toEqual(before);
  });
});
