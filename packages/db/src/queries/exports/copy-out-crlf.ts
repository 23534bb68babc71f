import { Readable } from 'node:stream';
import type { Connection } from 'pg';

// Backend message codes (PostgreSQL protocol, "Message Formats").
const COPY_DATA = 0x64; // d
const COPY_DONE = 0x63; // c
const ERROR_RESPONSE = 0x45; // E
const HEADER = 5; // code byte + 4-byte length (which counts itself)
const CR = 0x0d;
const LF = 0x0a;

type OnData = (chunk: Buffer) => void;

/**
 * `COPY … TO STDOUT` in CSV, streamed as RFC 4180 records: a pg submittable (as
 * pg-copy-streams' `to`) that reads the CopyData messages off the connection itself. The
 * protocol sends exactly one CopyData message per row, so each row's last byte is its LF
 * record end: it becomes CRLF there, and line breaks inside quoted fields are never looked
 * at. Rows are copied into one output buffer of `chunkSize` bytes, pushed when full: no
 * object per row and no second pass over the bytes. `rows` counts the records; `rowCount`
 * is what PostgreSQL's CommandComplete reports.
 */
export class CopyOutCrlf extends Readable {
  rows = 0;
  rowCount = 0;
  private connection: Connection | null = null;
  private pgOnData: OnData | null = null;
  private readonly onData = (chunk: Buffer) => this.parse(chunk);
  private out: Buffer;
  private used = 0;
  /** A message header split across socket chunks. */
  private header = Buffer.alloc(HEADER);
  private headerBytes = 0;
  private code = 0;
  /** Bytes of the current message still to come (for CopyData, its LF included). */
  private left = 0;
  private inMessage = false;

  constructor(
    private readonly text: string,
    private readonly chunkSize = 1 << 18,
  ) {
    super({ highWaterMark: chunkSize });
    this.out = Buffer.allocUnsafe(chunkSize);
  }

  submit(connection: Connection) {
    this.connection = connection;
    const { stream } = connection;
    const listeners = stream.listeners('data');
    if (listeners.length !== 1) throw new Error('the connection has no single data listener');
    this.pgOnData = (listeners[0] as OnData | undefined) ?? null;
    if (this.pgOnData) stream.removeListener('data', this.pgOnData);
    stream.on('data', this.onData);
    connection.query(this.text);
  }

  override _read() {
    this.connection?.stream.resume();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void) {
    // The connection is released with the error and closed; pg's parser is not given back
    // a half-read COPY.
    this.connection?.stream.removeListener('data', this.onData);
    callback(error);
  }

  /** Room for `n` more bytes in the output buffer, pushing it first when it is full. */
  private reserve(n: number) {
    if (this.used + n <= this.out.length) return;
    this.flush();
    if (n > this.out.length) this.out = Buffer.allocUnsafe(n);
  }

  private flush() {
    if (this.used === 0) return;
    const full = this.out.subarray(0, this.used);
    this.out = Buffer.allocUnsafe(this.chunkSize);
    this.used = 0;
    if (!this.push(full)) this.connection?.stream.pause();
  }

  private parse(chunk: Buffer) {
    let at = 0;
    while (at < chunk.length) {
      if (!this.inMessage) {
        const whole = this.headerBytes === 0 && chunk.length - at >= HEADER;
        if (whole) {
          this.code = chunk[at] as number;
          this.left = chunk.readUInt32BE(at + 1) - 4;
          at += HEADER;
        } else {
          const n = Math.min(HEADER - this.headerBytes, chunk.length - at);
          chunk.copy(this.header, this.headerBytes, at, at + n);
          this.headerBytes += n;
          at += n;
          if (this.headerBytes < HEADER) return;
          this.headerBytes = 0;
          this.code = this.header[0] as number;
          this.left = this.header.readUInt32BE(1) - 4;
        }
        if (this.code === COPY_DONE) return this.detach(chunk.subarray(at), true);
        if (this.code === ERROR_RESPONSE) {
          // pg reads the error itself (and fails the query through handleError).
          const error = whole
            ? chunk.subarray(at - HEADER)
            : Buffer.concat([this.header, chunk.subarray(at)]);
          return this.detach(error, false);
        }
        this.inMessage = true;
        if (this.code === COPY_DATA) this.reserve(this.left + 1);
      }
      const n = Math.min(this.left, chunk.length - at);
      this.left -= n;
      if (this.code === COPY_DATA) {
        // The row's last byte is its LF record end: it goes out as CRLF.
        const body = this.left === 0 && n > 0 && chunk[at + n - 1] === LF ? n - 1 : n;
        chunk.copy(this.out, this.used, at, at + body);
        this.used += body;
        if (body < n) {
          this.out[this.used++] = CR;
          this.out[this.used++] = LF;
          this.rows += 1;
        }
      }
      at += n;
      if (this.left === 0) this.inMessage = false;
    }
  }

  /**
   * The COPY is over (CopyDone read) or failed: pg's own parser takes the connection back
   * with the bytes after CopyDone, or from the ErrorResponse on.
   */
  private detach(rest: Buffer, done: boolean) {
    const connection = this.connection;
    if (!connection || !this.pgOnData) return;
    connection.stream.removeListener('data', this.onData);
    connection.stream.on('data', this.pgOnData);
    if (done) {
      this.flush();
      this.push(null);
    }
    if (rest.length > 0) this.pgOnData(rest);
    connection.stream.resume();
  }

  handleError(error: Error) {
    this.destroy(error);
  }

  handleCommandComplete(message: { text?: string } | undefined) {
    const match = /COPY (\d+)/.exec(message?.text ?? '');
    if (match) this.rowCount = Number(match[1]);
  }

  handleReadyForQuery() {}
}
