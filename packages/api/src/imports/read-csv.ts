import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { sniffDelimiter } from '@cutover/domain';
import { parse } from 'csv-parse';
import type { ReceivedFile } from './receive';

export interface CsvRecord {
  record: string[];
  /** The line the record starts on (the header is line 1). */
  row: number;
  /** How much of the file has been read, 0 to 1, for progress reports. */
  done: number;
}

/** Decoded text with CRLF as LF, so that line numbers count the way editors show them. */
async function* decodedText(file: ReceivedFile, onBytes: (n: number) => void) {
  const decoder = new TextDecoder(file.encoding);
  let carry = '';
  for await (const chunk of createReadStream(file.path, { highWaterMark: 256 * 1024 })) {
    onBytes((chunk as Buffer).length);
    let text = carry + decoder.decode(chunk as Buffer, { stream: true });
    carry = text.endsWith('\r') ? '\r' : '';
    if (carry) text = text.slice(0, -1);
    yield text.replaceAll('\r\n', '\n');
  }
  yield carry + decoder.decode();
}

/** The delimiter is sniffed from the header line; everything is streamed, record by record. */
export async function* readCsv(file: ReceivedFile): AsyncGenerator<CsvRecord> {
  let read = 0;
  const text = decodedText(file, (n) => {
    read += n;
  });
  let head = '';
  while (!head.includes('\n')) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
  }
  const delimiter = sniffDelimiter(head.split('\n', 1)[0] ?? '');
  async function* all() {
    yield head;
    yield* text;
  }
  const parser = Readable.from(all()).pipe(
    parse({
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    const inner = record.reduce((n, cell) => n + (cell.split('\n').length - 1), 0);
    yield { record, row: info.lines - inner, done: file.size > 0 ? read / file.size : 1 };
  }
}
