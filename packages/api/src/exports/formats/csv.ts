import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportColumn, ExportRow } from '@cutover/db';
import { neutralizeCell } from '@cutover/domain';
import { stringify } from 'csv-stringify';

export interface CsvOptions {
  /** Excel in a Russian locale: a byte order mark and `;` between fields. */
  excel: boolean;
}

function* records(columns: readonly ExportColumn[], rows: readonly ExportRow[]) {
  for (const row of rows) {
    yield columns.map((column) => {
      const value = row[column.key];
      if (value === null || value === undefined) return '';
      return typeof value === 'number' ? value : neutralizeCell(value);
    });
  }
}

/**
 * RFC 4180 CSV (UTF-8, CRLF), streamed chunk by chunk to the file with backpressure.
 * Every text cell that could start a formula is neutralized.
 */
export async function writeCsv(
  file: string,
  columns: readonly ExportColumn[],
  chunks: AsyncIterable<ExportRow[]>,
  options: CsvOptions,
): Promise<void> {
  const source = Readable.from(
    (async function* () {
      for await (const rows of chunks) yield* records(columns, rows);
    })(),
    { objectMode: true },
  );
  const stringifier = stringify({
    header: true,
    columns: columns.map((column) => column.key),
    delimiter: options.excel ? ';' : ',',
    bom: options.excel,
    record_delimiter: 'windows',
    // RFC 4180: a field with any line break is quoted, a lone CR or LF too (csv-stringify
    // quotes only the record delimiter itself once one is set). PostgreSQL's COPY does the same.
    quote_record_delimiter: true,
    cast: { number: (value) => String(value) },
  });
  await pipeline(source, stringifier, createWriteStream(file));
}
