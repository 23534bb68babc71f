import { describe, expect, it } from 'vitest';
import { csvCell, isFormulaCell } from './cells';
import { sniffDelimiter } from './delimiter';
import { mapHeader } from './header';
import { holdReason, type PlanCounts } from './plan';
import { staffCsvFormat, stageStaffCsvRow } from './staff-csv';

describe('formula cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', false, true],
    ['+SUM(A1)', false, true],
    ['-2+3', false, true],
    ['@cmd', false, true],
    ['\tTab', false, true],
    ['\rcr', false, true],
    ['  =1+1', false, true],
    ['+7 912 345-67-89', true, false],
    ['+7 912 345-67-89', false, true],
    ['+7=1', true, true],
    ['Иванова Анна', false, false],
  ])('%j (phone column: %s) is a formula: %s', (value, phone, formula) => {
    expect(isFormulaCell(value, phone)).toBe(formula);
  });

  it('neutralises cells written back to CSV', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
  });
});

describe('delimiters', () => {
  it.each([
    ['external_id;institution_code;full_name', ';'],
    ['external_id,institution_code,full_name', ','],
    ['"a;b",c,d', ','],
    ['a\tb\tc', '\t'],
    ['single', ','],
  ])('%j uses %j', (line, delimiter) => expect(sniffDelimiter(line)).toBe(delimiter));
});

describe('the staff CSV header', () => {
  it('accepts English and Russian names in any order', () => {
    const { index, errors } = mapHeader(
      ['ФИО', 'Код учреждения', 'external_id', 'Роль', 'Телефон', 'E-mail'],
      staffCsvFormat,
    );
    expect(errors).toEqual([]);
    expect(index).toEqual({
      full_name: 0,
      institution_code: 1,
      external_id: 2,
      role: 3,
      phone: 4,
      email: 5,
    });
  });

  it('names missing, unknown and repeated columns', () => {
    const { errors } = mapHeader(
      ['external_id', 'institution_code', 'full_name', 'role', 'role', 'salary'],
      staffCsvFormat,
    );
    expect(errors).toEqual([
      { row: 1, field: 'role', message: 'imports.errors.duplicate_column' },
      { row: 1, field: 'salary', message: 'imports.errors.extra_column' },
      { row: 1, field: 'phone', message: 'imports.errors.missing_column' },
      { row: 1, field: 'email', message: 'imports.errors.missing_column' },
    ]);
  });
});

describe('a staff CSV row', () => {
  const { index } = mapHeader(staffCsvFormat.columns, staffCsvFormat);
  const stage = (cells: string[]) => stageStaffCsvRow(cells, 7, index, 7);

  it('is normalised', () => {
    expect(
      stage([' E1 ', 'SCH-1', ' Иванова Анна ', 'Teacher', '8 (912) 345-67-89', 'A@B.RU', '']),
    ).toEqual({
      row: 7,
      externalId: 'E1',
      unitCode: 'SCH-1',
      fullName: 'Иванова Анна',
      role: 'teacher',
      phone: '+79123456789',
      email: 'a@b.ru',
      status: null,
      errors: [],
    });
  });

  it('names every bad cell, and never keeps a formula', () => {
    const staged = stage(['', 'SCH-1', '=HYPERLINK("x")', 'janitor', '12345', 'nope', 'gone']);
    expect(staged.fullName).toBeNull();
    expect(staged.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [7, 'external_id', 'imports.errors.required'],
      [7, 'full_name', 'imports.errors.formula_cell'],
      [7, 'role', 'imports.errors.invalid_role'],
      [7, 'phone', 'imports.errors.invalid_phone'],
      [7, 'email', 'imports.errors.invalid_email'],
      [7, 'status', 'imports.errors.invalid_status'],
    ]);
  });

  it('reports a row with a different number of cells', () => {
    expect(stage(['E1', 'SCH-1', 'Name', 'teacher']).errors[0]).toMatchObject({
      field: '*',
      message: 'imports.errors.column_count',
    });
  });
});

describe('hold thresholds', () => {
  const counts = (over: Partial<PlanCounts>): PlanCounts => ({
    rows: 0,
    create: 0,
    update: 0,
    deactivate: 0,
    unchanged: 0,
    skip: 0,
    error: 0,
    staffInScope: 100,
    ...over,
  });
  it.each([
    [{ deactivate: 10 }, null],
    [{ deactivate: 11 }, 'deactivations'],
    [{ update: 75 }, null],
    [{ update: 70, deactivate: 6 }, 'changes'],
    [{ create: 5000 }, null],
    [{ staffInScope: 0, create: 10 }, null],
  ] as const)('%j holds for %s', (over, reason) => {
    expect(holdReason(counts(over))).toBe(reason);
  });
});
