import { PassThrough } from 'node:stream';
import type { Connection } from 'pg';
import { describe, expect, it } from 'vitest';
import { CopyOutCrlf } from './copy-out-crlf';

const message = (code: string, body: Buffer | string) => {
  const payload = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const head = Buffer.alloc(5);
  head.write(code, 0, 'latin1');
  head.writeUInt32BE(payload.length + 4, 1);
  return Buffer.concat([head, payload]);
};

// What PostgreSQL sends for COPY … TO STDOUT in CSV: one CopyData per row, LF record ends.
const rows = ['1,"a ""q""\nb",x\n', '2,"\r\n",""""\n', '3,plain,"\n"\n', '4,Иванова\n'];
const copyOut = message('H', Buffer.from([0, 0, 3, 0, 0, 0, 0, 0, 0]));
const after = Buffer.concat([message('C', 'COPY 4\0'), message('Z', 'I')]);
const success = Buffer.concat([
  copyOut,
  ...rows.map((row) => message('d', row)),
  message('c', ''),
  after,
]);
const expected = rows.map((row) => `${row.slice(0, -1)}\r\n`).join('');

/** A stand-in for pg's connection: its socket, pg's own listener on it, the query sent. */
function connection(parts: Buffer[]) {
  const stream = new PassThrough();
  const handedBack: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => handedBack.push(chunk));
  const sent: string[] = [];
  const fake = {
    stream,
    query(text: string) {
      sent.push(text);
      for (const part of parts) stream.write(part);
    },
  };
  return { connection: fake as unknown as Connection, handedBack, sent };
}

async function run(parts: Buffer[], chunkSize?: number) {
  const copy = new CopyOutCrlf('copy (select 1) to stdout', chunkSize);
  const pg = connection(parts);
  const out: Buffer[] = [];
  const ended = new Promise<void>((resolve, reject) => {
    copy.on('data', (chunk: Buffer) => out.push(chunk));
    copy.on('end', resolve);
    copy.on('error', reject);
  });
  copy.submit(pg.connection);
  await ended;
  await new Promise((resolve) => setImmediate(resolve));
  return { text: Buffer.concat(out).toString('utf8'), copy, ...pg };
}

describe('CopyOutCrlf', () => {
  it('ends each row with CRLF, leaves breaks inside quotes, wherever the socket splits', async () => {
    for (let a = 0; a <= success.length; a++) {
      for (let b = a; b <= success.length; b += 5) {
        const parts = [success.subarray(0, a), success.subarray(a, b), success.subarray(b)];
        const { text, copy, handedBack } = await run(parts, 16);
        expect(text).toBe(expected);
        expect(copy.rows).toBe(4);
        // pg gets back exactly what follows CopyDone: CommandComplete and ReadyForQuery.
        expect(Buffer.concat(handedBack).equals(after)).toBe(true);
      }
    }
  });

  it('sends its statement and hands an error back to pg from the ErrorResponse on', async () => {
    const error = message('E', 'SERROR\0Mboom\0\0');
    const bytes = Buffer.concat([copyOut, message('d', rows[0] ?? ''), error, message('Z', 'I')]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const copy = new CopyOutCrlf('copy (select 1) to stdout', 16);
      const pg = connection([bytes.subarray(0, cut), bytes.subarray(cut)]);
      copy.resume();
      copy.submit(pg.connection);
      await new Promise((resolve) => setImmediate(resolve));
      expect(pg.sent).toEqual(['copy (select 1) to stdout']);
      expect(Buffer.concat(pg.handedBack).equals(bytes.subarray(bytes.indexOf(error)))).toBe(true);
      expect(copy.readableEnded).toBe(false);
    }
  });

  it('takes CommandComplete for its row count', () => {
    const copy = new CopyOutCrlf('copy (select 1) to stdout');
    copy.handleCommandComplete({ text: 'COPY 1979348' });
    expect(copy.rowCount).toBe(1979348);
  });
});
