import type { ExportColumn, ExportRow } from '@cutover/db';
import { neutralizeCell } from '@cutover/domain';
import ExcelJS from 'exceljs';

const WIDTH: Record<ExportColumn['kind'], number> = {
  text: 28,
  number: 12,
  date: 12,
  datetime: 20,
};
const FORMAT: Partial<Record<ExportColumn['kind'], string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

function cellValue(column: ExportColumn, value: string | number | null | undefined) {
  if (value === null || value === undefined) return null;
  if (column.kind === 'number') return typeof value === 'number' ? value : Number(value);
  if (column.kind === 'date' || column.kind === 'datetime') return new Date(String(value));
  // A text cell is never evaluated; the prefix keeps it inert once re-saved as CSV too.
  return neutralizeCell(String(value), { textCell: true });
}

/**
 * XLSX through exceljs' streaming writer: each row is committed to the file as it comes,
 * with typed number and date cells, a frozen header and fixed column widths.
 */
export async function writeXlsx(
  file: string,
  columns: readonly ExportColumn[],
  chunks: AsyncIterable<ExportRow[]>,
  sheetName: string,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.key,
    key: column.key,
    width: WIDTH[column.kind],
    ...(FORMAT[column.kind] ? { style: { numFmt: FORMAT[column.kind] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for await (const rows of chunks) {
    for (const row of rows) {
      sheet.addRow(columns.map((column) => cellValue(column, row[column.key]))).commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}
