import type { TestDatabase } from '@cutover/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTreeDatabase } from '../testing/tree-database';
import { type Importer, upload, uploadPair } from './testing';

let testDb: TestDatabase;
let district: Importer;

beforeAll(async () => {
  ({
    testDb,
    signedIn: [district],
  } = await openTreeDatabase({ name: 'dis', role: 'district_admin', scopeCode: 'T-R0M0' }));
}, 60_000);
afterAll(() => testDb?.drop());

const russianHeader = 'Внешний ID;Код учреждения;ФИО;Роль;Телефон;E-mail;Статус';
const rows = [
  'V-1;T-R0M0S0;Иванова Анна Петровна;teacher;+7 912 000-00-01;;',
  'V-2;T-R0M0S1;Ёлкин Пётр;director;;;',
];

describe('encodings, delimiters and line ends', () => {
  const text = [russianHeader, ...rows].join('\r\n');
  it.each([
    [
      'UTF-8 with BOM, ; and CRLF',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ],
    ['Windows-1251, ; and CRLF', cp1251(text)],
    ['UTF-8, commas and LF', Buffer.from(text.replaceAll(';', ',').replaceAll('\r\n', '\n'))],
  ])('%s', async (_name, bytes) => {
    const report = await upload(district, bytes, `${_name}.csv`);
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('validated');
    expect(report.preview.create?.rows.map((r) => [r.row, r.fullName, r.phone])).toEqual([
      [2, 'Иванова Анна Петровна', '+79120000001'],
      [3, 'Ёлкин Пётр', null],
    ]);
  });
});

/** Windows-1251 bytes of text that holds only ASCII and Cyrillic letters. */
function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (c === 'Ё') return 0xa8;
      if (c === 'ё') return 0xb8;
      return code - 0x410 + 0xc0;
    }),
  );
}

describe('the OneRoster pair', () => {
  const orgs = [
    'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId',
    'org-m,active,,Municipality,district,T-R0M0,',
    'org-s,active,,School 0,school,T-R0M0S0,org-m',
    'org-x,active,,Elsewhere,school,T-R1M0S0,',
  ].join('\n');
  const header =
    'sourcedId,status,enabledUser,orgSourcedIds,role,username,givenName,familyName,middleName,email,phone';
  const users = [
    header,
    'u-1,active,true,org-s,teacher,a,Анна,Иванова,Петровна,anna@school.ru,89120000002',
    'u-2,active,true,"org-s,org-m",administrator,b,Олег,Смирнов,,,',
    'u-3,active,true,org-m,administrator,c,Ирина,Кузнецова,,,',
    'u-4,active,true,org-s,student,d,Ваня,Пупкин,,,',
    'u-5,active,false,org-s,aide,e,Мария,Орлова,,,',
    'u-6,active,true,org-s,principal,f,Сергей,Волков,,,',
  ].join('\n');

  it('maps people, roles and units, and skips pupils', async () => {
    const report = await uploadPair(district, orgs, users);
    expect(report.errors).toEqual([]);
    expect(report.counts).toMatchObject({ rows: 5, create: 4, skip: 1 });
    expect(
      report.preview.create?.rows.map((r) => [r.externalId, r.unitCode, r.fullName, r.role]),
    ).toEqual([
      ['u-1', 'T-R0M0S0', 'Иванова Анна Петровна', 'teacher'],
      ['u-2', 'T-R0M0S0', 'Смирнов Олег', 'school_admin'],
      ['u-3', 'T-R0M0', 'Кузнецова Ирина', 'municipal_officer'],
      ['u-6', 'T-R0M0S0', 'Волков Сергей', 'director'],
    ]);
  });

  it('names OneRoster columns in its errors, and an org outside the scope is unknown', async () => {
    const report = await uploadPair(
      district,
      orgs,
      [header, 'u-9,active,true,org-x,teacher,z,A,B,,,'].join('\n'),
    );
    expect(report.status).toBe('failed');
    expect(report.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [2, 'orgSourcedIds', 'imports.errors.unknown_institution'],
    ]);
  });

  it('reports a missing column of either file', async () => {
    const report = await uploadPair(district, 'sourcedId,name,type\n', users);
    expect(report.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [1, 'orgs.csv:identifier', 'imports.errors.missing_column'],
      [1, 'orgs.csv:parentSourcedId', 'imports.errors.missing_column'],
    ]);
  });
});
