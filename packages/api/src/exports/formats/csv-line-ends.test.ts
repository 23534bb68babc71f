import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvLineEnds } from './csv-line-ends';

const postgres = '1,"a ""q""\nb",x\n2,"\r\n",""""\n3,plain,"\n"\n';
const rfc4180 = '1,"a ""q""\nb",x\r\n2,"\r\n",""""\r\n3,plain,"\n"\r\n';

async function through(chunks: Buffer[], every = 5_000) {
  const seen: number[] = [];
  const ends = new CsvLineEnds(async (rows) => {
    seen.push(rows);
  }, every);
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks).pipe(ends)) out.push(chunk as Buffer);
  return { text: Buffer.concat(out).toString('utf8'), rows: ends.rows, seen };
}

describe('CsvLineEnds', () => {
  it('ends records with CRLF and leaves breaks inside quotes, wherever the chunks split', async () => {
    const bytes = Buffer.from(postgres);
    for (let a = 0; a <= bytes.length; a++) {
      for (let b = a; b <= bytes.length; b += 3) {
        const parts = [bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)];
        const { text, rows } = await through(parts);
        expect(text).toBe(rfc4180);
        expect(rows).toBe(3);
      }
    }
  });

  it('reports the rows written every so many records', async () => {
    const { seen } = await through([Buffer.from(postgres)], 1);
    expect(seen).toEqual([3]);
    const split = await through(
      [...Buffer.from(postgres)].map((byte) => Buffer.from([byte])),
      2,
    );
    expect(split.seen).toEqual([2]);
  });
});
