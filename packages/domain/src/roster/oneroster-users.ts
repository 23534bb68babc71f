import type { StaffRole } from '../vocabulary/staff';
import { type ColumnIndex, type CsvFormat, cellOf } from './header';
import { isOneRosterExtra, type RosterOrg } from './oneroster-orgs';
import { RowReader, type StagedRow } from './staged-row';

export const usersColumns = [
  'sourcedId',
  'enabledUser',
  'orgSourcedIds',
  'role',
  'givenName',
  'familyName',
  'middleName',
  'email',
  'phone',
  'sms',
  'status',
] as const;
export type UsersColumn = (typeof usersColumns)[number];

export const usersFormat: CsvFormat<UsersColumn> = {
  columns: usersColumns,
  required: ['sourcedId', 'enabledUser', 'orgSourcedIds', 'role', 'givenName', 'familyName'],
  aliases: {},
  ignored: isOneRosterExtra,
};

/** People a school system lists who are not staff: never staged, never stored. */
const notStaff = new Set(['student', 'parent', 'guardian', 'relative', 'systemadministrator']);

const authorityByOrgType: Record<string, StaffRole> = {
  national: 'ministry_officer',
  state: 'ministry_officer',
  district: 'municipal_officer',
  local: 'municipal_officer',
};

/** OneRoster roles (1.1 and 1.2 vocabularies) as our staff roles; administrators by org type. */
export function staffRoleOf(rosterRole: string, org: RosterOrg | undefined): StaffRole | null {
  switch (rosterRole.toLowerCase()) {
    case 'teacher':
      return 'teacher';
    case 'principal':
      return 'director';
    case 'aide':
    case 'counselor':
    case 'proctor':
      return 'support_staff';
    case 'districtadministrator':
      return 'municipal_officer';
    case 'administrator':
    case 'siteadministrator':
      return authorityByOrgType[org?.type ?? ''] ?? 'school_admin';
    default:
      return null;
  }
}

export const isStaffRosterRole = (role: string) => !notStaff.has(role.trim().toLowerCase());

/** One users.csv row as a staff row; its unit is the first of its orgs. */
export function stageRosterUser(
  record: readonly string[],
  row: number,
  index: ColumnIndex<UsersColumn>,
  headerLength: number,
  orgs: ReadonlyMap<string, RosterOrg>,
): StagedRow {
  const read = new RowReader(row);
  read.cellCount(record.length, headerLength);
  const cell = (column: UsersColumn) => cellOf(record, index, column);
  const orgIds = read.text(cell('orgSourcedIds'), 'orgSourcedIds', { required: true, max: 1000 });
  const org = orgs.get(orgIds?.split(',')[0]?.trim() ?? '');
  const roleText = read.text(cell('role'), 'role', { required: true });
  const role = roleText === null ? null : staffRoleOf(roleText, org);
  if (roleText !== null && role === null) read.role(roleText, 'role');
  const names = (['familyName', 'givenName', 'middleName'] as const).map((c) =>
    read.text(cell(c), c, { required: c !== 'middleName', max: 100 }),
  );
  const enabled = read.text(cell('enabledUser'), 'enabledUser', { required: true });
  // A record the source system marks for deletion leaves as a disabled one does.
  const removed = cell('status')?.trim().toLowerCase() === 'tobedeleted';
  const phone = read.text(cell('phone') || cell('sms'), 'phone', { max: 100, phone: true });
  return {
    row,
    externalId: read.text(cell('sourcedId'), 'sourcedId', { required: true, max: 100 }),
    // An org outside orgs.csv, or one without an identifier, reads as an unknown unit.
    unitCode: orgIds === null ? null : (org?.identifier ?? `?${orgIds}`),
    fullName: names.every((n) => n === null) ? null : names.filter((n) => n !== null).join(' '),
    role,
    phone: read.phone(phone, 'phone'),
    email: read.email(read.text(cell('email'), 'email', { max: 254 }), 'email'),
    status:
      enabled === null
        ? null
        : removed || enabled.toLowerCase() === 'false'
          ? 'deactivated'
          : 'active',
    errors: read.errors,
  };
}
