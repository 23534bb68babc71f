import { type ColumnIndex, type CsvFormat, cellOf } from './header';
import { RowReader, type StagedRow } from './staged-row';

export const staffCsvColumns = [
  'external_id',
  'institution_code',
  'full_name',
  'role',
  'phone',
  'email',
  'status',
] as const;
export type StaffCsvColumn = (typeof staffCsvColumns)[number];

/** The simple staff CSV; every column but status is required, headers in English or Russian. */
export const staffCsvFormat: CsvFormat<StaffCsvColumn> = {
  columns: staffCsvColumns,
  required: staffCsvColumns.filter((c) => c !== 'status'),
  aliases: {
    внешний_id: 'external_id',
    внешний_идентификатор: 'external_id',
    код_учреждения: 'institution_code',
    код_организации: 'institution_code',
    фио: 'full_name',
    роль: 'role',
    телефон: 'phone',
    e_mail: 'email',
    эл_почта: 'email',
    электронная_почта: 'email',
    статус: 'status',
  },
};

/** One data row of the staff CSV, `row` being its line in the file. */
export function stageStaffCsvRow(
  record: readonly string[],
  row: number,
  index: ColumnIndex<StaffCsvColumn>,
  headerLength: number,
): StagedRow {
  const read = new RowReader(row);
  read.cellCount(record.length, headerLength);
  const cell = (column: StaffCsvColumn) => cellOf(record, index, column);
  const staged: StagedRow = {
    row,
    externalId: read.text(cell('external_id'), 'external_id', { required: true, max: 100 }),
    unitCode: read.text(cell('institution_code'), 'institution_code', { required: true, max: 100 }),
    fullName: read.text(cell('full_name'), 'full_name', { required: true }),
    role: read.role(read.text(cell('role'), 'role', { required: true }), 'role'),
    phone: read.phone(read.text(cell('phone'), 'phone', { max: 100, phone: true }), 'phone'),
    email: read.email(read.text(cell('email'), 'email', { max: 254 }), 'email'),
    status: read.status(read.text(cell('status'), 'status'), 'status'),
    errors: read.errors,
  };
  return staged;
}
