import {
  cellOf,
  isStaffRosterRole,
  mapHeader,
  OrgDirectory,
  orgsFormat,
  type RowError,
  rowError,
  staffCsvFormat,
  stageRosterUser,
  stageStaffCsvRow,
  usersFormat,
} from '@cutover/domain';
import { CsvError } from 'csv-parse';
import { readCsv } from './read-csv';
import type { ReceivedFile } from './receive';
import type { Stager } from './stager';

const blank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

/** Reads the staff CSV into the stager; returns file-level errors (nothing staged matters then). */
export async function parseStaffCsv(file: ReceivedFile, stager: Stager): Promise<RowError[]> {
  return guard(async () => {
    const records = readCsv(file);
    const first = await records.next();
    if (first.done) return [rowError(1, 'file', 'imports.errors.empty_file')];
    const header = first.value.record;
    const { index, errors } = mapHeader(header, staffCsvFormat);
    if (errors.length > 0) return errors;
    for await (const { record, row, done } of records) {
      if (!blank(record))
        await stager.add(stageStaffCsvRow(record, row, index, header.length), done);
    }
    await stager.flush(1);
    return [];
  });
}

/** Reads orgs.csv into memory (one entry per org), then streams users.csv; pupils are skipped. */
export async function parseOneRoster(
  orgsFile: ReceivedFile,
  usersFile: ReceivedFile,
  stager: Stager,
): Promise<RowError[]> {
  const orgs = new OrgDirectory();
  const orgErrors = await guard(async () => {
    const records = readCsv(orgsFile);
    const first = await records.next();
    if (first.done) return [rowError(1, 'orgs.csv', 'imports.errors.empty_file')];
    const { index, errors } = mapHeader(first.value.record, orgsFormat);
    for await (const { record, row } of records) if (!blank(record)) orgs.add(record, row, index);
    return [...errors, ...orgs.errors];
  });
  if (orgErrors.length > 0) return orgErrors.map((e) => ({ ...e, field: prefixed(e.field) }));
  return guard(async () => {
    const records = readCsv(usersFile);
    const first = await records.next();
    if (first.done) return [rowError(1, 'file', 'imports.errors.empty_file')];
    const header = first.value.record;
    const { index, errors } = mapHeader(header, usersFormat);
    if (errors.length > 0) return errors;
    for await (const { record, row, done } of records) {
      if (blank(record) || !isStaffRosterRole(cellOf(record, index, 'role') ?? '')) continue;
      await stager.add(stageRosterUser(record, row, index, header.length, orgs.orgs), done);
    }
    await stager.flush(1);
    return [];
  });
}

const prefixed = (field: string) => (field.startsWith('orgs.csv') ? field : `orgs.csv:${field}`);

/** A file the CSV parser cannot read (an unclosed quote) is a file-level error at its line. */
async function guard(read: () => Promise<RowError[]>): Promise<RowError[]> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    return [rowError(line, 'file', 'imports.errors.unreadable_csv')];
  }
}
