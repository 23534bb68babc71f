import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { type Database, type ReportSource, streamReportCsv } from '@cutover/db';
import { stringify } from 'csv-stringify/sync';
import { CsvLineEnds } from './formats/csv-line-ends';
import type { Produced } from './write-report';

export interface CsvCopy {
  withClient: NonNullable<Database['withClient']>;
  source: ReportSource;
  file: string;
  /** Excel in a Russian locale: a byte order mark and `;` between fields. */
  excel: boolean;
  /** Called every few thousand rows with the rows written so far. */
  progress(rows: number): Promise<void>;
}

/**
 * PostgreSQL: the report's CSV written by the database itself (`COPY (query) TO STDOUT`),
 * streamed to the file with backpressure, byte for byte what the CSV writer makes of the
 * same rows: its header and BOM, quoting, neutralized cells (in SQL) and CRLF line ends.
 */
export async function copyReportCsv(copy: CsvCopy): Promise<Produced> {
  const delimiter = copy.excel ? ';' : ',';
  const header = stringify([copy.source.columns.map((column) => column.key)], {
    delimiter,
    bom: copy.excel,
    record_delimiter: 'windows',
  });
  return copy.withClient(async (client) => {
    // Read only, as the keyset path's snapshot: an export never writes.
    await client.query('begin transaction isolation level repeatable read, read only');
    const out = createWriteStream(copy.file);
    out.write(header);
    const ends = new CsvLineEnds(copy.progress);
    const rows = streamReportCsv(client, copy.source, delimiter);
    await pipeline(rows, ends, out);
    await client.query('commit');
    if (rows.rowCount !== ends.rows) {
      throw new Error(`COPY wrote ${rows.rowCount} rows, the file has ${ends.rows}`);
    }
    return { rows: ends.rows };
  });
}
