import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { SqlValue, TableSpec } from './tables';
import type { RowWriter } from './write';

/** One value in COPY's text format. */
export function copyField(value: SqlValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.replace(/[\\\t\n\r]/g, (c) => copyEscapes[c] ?? c);
  return `{${value.join(',')}}`;
}

const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const CHUNK_CHARS = 1 << 20;

/** Streams rows into PostgreSQL with COPY FROM STDIN, respecting the socket's backpressure. */
export class CopyWriter implements RowWriter {
  constructor(private readonly client: pg.ClientBase) {}

  async write(spec: TableSpec, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    const stream = this.client.query(
      copyFrom(`COPY ${spec.table} (${spec.columns.join(', ')}) FROM STDIN`),
    );
    const finished = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    let chunk = '';
    for (const row of rows) {
      chunk += `${row.map(copyField).join('\t')}\n`;
      if (chunk.length >= CHUNK_CHARS) {
        if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), finished]);
        chunk = '';
      }
    }
    stream.end(chunk);
    await finished;
  }
}
