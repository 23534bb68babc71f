import { describe, expect, it } from 'vitest';
import { mapHeader } from './header';
import { OrgDirectory, orgsFormat } from './oneroster-orgs';
import { staffRoleOf, stageRosterUser, usersFormat } from './oneroster-users';

const orgHeader = ['sourcedId', 'status', 'name', 'type', 'identifier', 'parentSourcedId'];
const userHeader = [
  'sourcedId',
  'enabledUser',
  'orgSourcedIds',
  'role',
  'username',
  'givenName',
  'familyName',
  'middleName',
  'email',
  'phone',
];

function directory() {
  const { index, errors } = mapHeader(orgHeader, orgsFormat);
  expect(errors).toEqual([]);
  const orgs = new OrgDirectory();
  orgs.add(['o1', '', 'School 1', 'school', 'SCH-1', 'd1'], 2, index);
  orgs.add(['d1', '', 'District', 'district', 'MUN-1', ''], 3, index);
  orgs.add(['o2', '', 'No code', 'school', '', 'd1'], 4, index);
  orgs.add(['o1', '', 'Again', 'school', 'SCH-9', 'd1'], 5, index);
  return orgs;
}

describe('OneRoster', () => {
  it('keys orgs by sourcedId and reports a repeated one', () => {
    const orgs = directory();
    expect(orgs.orgs.get('o1')).toEqual({ identifier: 'SCH-1', type: 'school' });
    expect(orgs.errors).toEqual([
      { row: 5, field: 'orgs.csv:sourcedId', message: 'imports.errors.duplicate_org' },
    ]);
  });

  it.each([
    ['teacher', 'school', 'teacher'],
    ['principal', 'school', 'director'],
    ['aide', 'school', 'support_staff'],
    ['counselor', 'school', 'support_staff'],
    ['administrator', 'school', 'school_admin'],
    ['siteAdministrator', 'school', 'school_admin'],
    ['administrator', 'district', 'municipal_officer'],
    ['administrator', 'state', 'ministry_officer'],
    ['districtAdministrator', 'district', 'municipal_officer'],
    ['wizard', 'school', null],
  ])('maps %s at a %s to %s', (role, type, staffRole) => {
    expect(staffRoleOf(role, { identifier: 'X', type })).toBe(staffRole);
  });

  it('stages a user at the first of their orgs, with the name in Russian order', () => {
    const { index, errors } = mapHeader(userHeader, usersFormat);
    expect(errors).toEqual([]);
    const orgs = directory().orgs;
    const row = [
      'u1',
      'false',
      'o1,d1',
      'teacher',
      'x',
      'Анна',
      'Иванова',
      'Петровна',
      'A@b.ru',
      '',
    ];
    expect(stageRosterUser(row, 2, index, userHeader.length, orgs)).toEqual({
      row: 2,
      externalId: 'u1',
      unitCode: 'SCH-1',
      fullName: 'Иванова Анна Петровна',
      role: 'teacher',
      phone: null,
      email: 'a@b.ru',
      status: 'deactivated',
      errors: [],
    });
    const gone = ['u3', 'true', 'o1', 'teacher', 'x', 'A', 'B', '', '', ''];
    const goneHeader = [...userHeader.slice(0, -1), 'status'];
    const goneIndex = mapHeader(goneHeader, usersFormat).index;
    expect(
      stageRosterUser([...gone.slice(0, -1), 'tobedeleted'], 4, goneIndex, 10, orgs).status,
    ).toBe('deactivated');
    const unknown = ['u2', 'true', 'o2', 'wizard', 'x', 'A', 'B', '', '', ''];
    const staged = stageRosterUser(unknown, 3, index, userHeader.length, orgs);
    expect(staged.unitCode).toBe('?o2');
    expect(staged.errors).toEqual([
      { row: 3, field: 'role', message: 'imports.errors.invalid_role' },
    ]);
  });
});
