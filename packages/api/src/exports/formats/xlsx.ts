import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ExportColumn, ExportRow } from '@cutover/db';
import { neutralizeCell } from '@cutover/domain';
import type ExcelJS from 'exceljs';

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

type ZipEntryInput = Writable & { _writableState?: { length: number } };

/** What the sheet may hold ahead of the zip's compression before the writer waits. */
const AHEAD_BYTES = 4 << 20;

/**
 * exceljs writes a committed row into the zip entry's input without looking at its
 * backpressure: when rows come faster than they are compressed, that input grows by the
 * whole sheet (hundreds of MB for a million rows). Between chunks, wait until it drained.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const entry = (sheet as unknown as { stream?: { pipes?: ZipEntryInput[] } }).stream?.pipes?.[0];
  // archiver's PassThrough is readable-stream 2's: no `writableLength` getter, only its state.
  const buffered = entry?.writableLength ?? entry?._writableState?.length ?? 0;
  if (entry && buffered > AHEAD_BYTES) await once(entry, 'drain');
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
  // Loaded on the first XLSX export, not with the server (about 30 MB resident).
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({
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
    await zipCaughtUp(sheet);
  }
  sheet.commit();
  await workbook.commit();
}
