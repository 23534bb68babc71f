import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Database, type ReportSource, streamReportCsv } from '@cutover/db';
import { stringify } from 'csv-stringify/sync';
import { Sha256Tap } from './formats/sha256-tap';
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

/** Output chunks of the COPY stream and writes to the file: fewer, larger, than the defaults. */
const CHUNK = 1 << 18;

/** Calls `progress` each time `rows()` has grown by `every`, holding the stream meanwhile. */
function progressEvery(
  rows: () => number,
  progress: (rows: number) => Promise<void>,
  every = 5_000,
) {
  let reported = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const now = rows();
      if (now - reported < every) return callback(null, chunk);
      reported = now;
      progress(now).then(() => callback(null, chunk), callback);
    },
  });
}

/**
 * PostgreSQL: the report's CSV written by the database itself (`COPY (query) TO STDOUT`),
 * streamed to the file with backpressure, byte for byte what the CSV writer makes of the
 * same rows: its header and BOM, quoting, neutralized cells (in SQL) and CRLF record ends
 * (put in as the rows are read, see CopyOutCrlf). The file is hashed as it is written, so
 * the runner need not read it back.
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
    const out = createWriteStream(copy.file, { highWaterMark: CHUNK });
    const tap = new Sha256Tap();
    tap.write(header);
    const rows = streamReportCsv(client, copy.source, delimiter);
    await pipeline(
      rows,
      progressEvery(() => rows.rows, copy.progress),
      tap,
      out,
    );
    await client.query('commit');
    if (rows.rowCount !== rows.rows) {
      throw new Error(`COPY wrote ${rows.rowCount} rows, the file has ${rows.rows}`);
    }
    return { rows: rows.rows, sha256: tap.digest(), bytes: tap.bytes };
  });
}
