import { type RowError, rowError } from './errors';
import { type ColumnIndex, type CsvFormat, cellOf } from './header';

export const orgsColumns = ['sourcedId', 'name', 'type', 'identifier', 'parentSourcedId'] as const;
export type OrgsColumn = (typeof orgsColumns)[number];

/** Columns of the OneRoster specification this import reads nothing from. */
const specColumns = new Set([
  'status',
  'dateLastModified',
  'username',
  'userIds',
  'identifier',
  'grades',
  'password',
  'agentSourcedIds',
  'userMasterIdentifier',
  'resourceSourcedIds',
  'preferredGivenName',
  'preferredMiddleName',
  'preferredFamilyName',
  'primaryOrg',
  'pronouns',
]);
export const isOneRosterExtra = (name: string) =>
  specColumns.has(name) || name.startsWith('metadata.');

export const orgsFormat: CsvFormat<OrgsColumn> = {
  columns: orgsColumns,
  required: orgsColumns,
  aliases: {},
  ignored: isOneRosterExtra,
};

/** What a user's org tells us: our unit code (the org's identifier) and the OneRoster type. */
export interface RosterOrg {
  identifier: string | null;
  type: string;
}

/** Collects orgs.csv rows into a map by sourcedId; errors name the orgs file. */
export class OrgDirectory {
  readonly orgs = new Map<string, RosterOrg>();
  readonly errors: RowError[] = [];

  add(record: readonly string[], row: number, index: ColumnIndex<OrgsColumn>) {
    const id = cellOf(record, index, 'sourcedId')?.trim() ?? '';
    if (id === '') return;
    if (this.orgs.has(id)) {
      this.errors.push(rowError(row, 'orgs.csv:sourcedId', 'imports.errors.duplicate_org'));
      return;
    }
    const identifier = cellOf(record, index, 'identifier')?.trim() ?? '';
    const type = cellOf(record, index, 'type')?.trim().toLowerCase() ?? '';
    this.orgs.set(id, { identifier: identifier === '' ? null : identifier, type });
  }
}
