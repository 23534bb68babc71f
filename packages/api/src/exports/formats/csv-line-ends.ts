import { Transform, type TransformCallback } from 'node:stream';

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from('\r\n');

/**
 * PostgreSQL's CSV ends records with LF; RFC 4180 (and the CSV writer) with CRLF. Turns
 * every LF outside a quoted field into CRLF and leaves line breaks inside fields as they
 * are, across chunk boundaries (a doubled quote inside a field closes and reopens it).
 * Counts the records, and reports them every `every` records before taking more input.
 */
export class CsvLineEnds extends Transform {
  rows = 0;
  private quoted = false;
  private reported = 0;

  constructor(
    private readonly onRows: (rows: number) => Promise<void>,
    private readonly reportEvery = 5_000,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    const parts: Buffer[] = [];
    let start = 0;
    let at = 0;
    let quote = chunk.indexOf(QUOTE, at);
    let lf = chunk.indexOf(LF, at);
    for (;;) {
      if (this.quoted) {
        if (quote === -1) break;
        this.quoted = false;
        at = quote + 1;
        quote = chunk.indexOf(QUOTE, at);
        if (lf !== -1 && lf < at) lf = chunk.indexOf(LF, at);
      } else if (lf !== -1 && (quote === -1 || lf < quote)) {
        parts.push(chunk.subarray(start, lf), CRLF);
        this.rows += 1;
        start = lf + 1;
        at = start;
        lf = chunk.indexOf(LF, at);
      } else if (quote !== -1) {
        this.quoted = true;
        at = quote + 1;
        quote = chunk.indexOf(QUOTE, at);
      } else break;
    }
    parts.push(chunk.subarray(start));
    this.push(parts.length === 1 ? chunk : Buffer.concat(parts));
    if (this.rows - this.reported < this.reportEvery) return callback();
    this.reported = this.rows;
    this.onRows(this.rows).then(() => callback(), callback);
  }
}
