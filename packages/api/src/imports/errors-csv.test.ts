import { expect, it } from 'vitest';
import { errorsCsvLines } from './errors-csv';

it('writes the per-row report with every cell neutralised', () => {
  const lines = [
    ...errorsCsvLines([
      { row: 1, field: '=cmd|calc', message: 'imports.errors.extra_column' },
      { row: 4, field: 'phone', message: 'imports.errors.invalid_phone' },
    ]),
  ];
  expect(lines).toEqual([
    'row,field,message,text\r\n',
    "1,'=cmd|calc,imports.errors.extra_column,The header has a column this format does not know.\r\n",
    '4,phone,imports.errors.invalid_phone,The phone number is not a Russian number (+7 and ten digits).\r\n',
  ]);
});
