import { batchOrder, batchTables, type RowBatch, type SqlValue, type TableSpec } from './tables';

/** Runs one SQL statement; both engines and both scales write through this. */
export type RunSql = (text: string) => Promise<unknown>;

/** Writes rows of generated data; the demo writer uses INSERTs, the national one COPY. */
export interface RowWriter {
  write(spec: TableSpec, rows: readonly (readonly SqlValue[])[]): Promise<void>;
}

export async function writeBatch(writer: RowWriter, batch: RowBatch): Promise<void> {
  for (const key of batchOrder) await writer.write(batchTables[key], batch[key]);
}

export function batchRowCount(batch: RowBatch): number {
  return batchOrder.reduce((sum, key) => sum + batch[key].length, 0);
}

/**
 * A SQL literal. Only generated values pass through here, never user input; strings are
 * quoted with doubled single quotes (standard_conforming_strings is on in both engines).
 */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  return `'{${value.join(',')}}'`;
}

const ROWS_PER_INSERT = 1000;

/** Multi-row INSERTs of literal values: the fastest way into PGlite short of COPY. */
export class InsertWriter implements RowWriter {
  constructor(private readonly run: RunSql) {}

  async write(spec: TableSpec, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    const head = `insert into ${spec.table} (${spec.columns.join(', ')}) values `;
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const values = rows
        .slice(i, i + ROWS_PER_INSERT)
        .map((row) => `(${row.map(sqlLiteral).join(',')})`)
        .join(',');
      await this.run(head + values);
    }
  }
}
