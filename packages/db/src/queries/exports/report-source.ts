import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../client';
import { queryRows } from '../../client';

export type CellKind = 'text' | 'number' | 'date' | 'datetime';

export interface ExportColumn {
  key: string;
  kind: CellKind;
  value: AnyPgColumn | SQL;
}

/** A report as one scoped query: what to select, from where, under which filter and order. */
export interface ReportSource {
  columns: readonly ExportColumn[];
  /** The FROM clause with its joins. */
  from: SQL;
  /** All must hold; always includes the requester's scope. */
  where: readonly SQL[];
  sort: { value: AnyPgColumn | SQL; order: 'ASC' | 'DESC' };
  /** Unique per row, the tie-breaker and the second half of the keyset. */
  id: AnyPgColumn | SQL;
}

export type ExportRow = Record<string, string | number | null>;

/** Where the previous chunk ended: its last row's sort key (as text) and id. */
export interface Keyset {
  key: string | null;
  id: number;
}

/**
 * Dates and times leave the database as ISO text, the same from either driver and in any
 * session time zone; numbers as numbers.
 */
export function reportCell(column: ExportColumn): SQL {
  const value = sql`${column.value}`;
  if (column.kind === 'datetime')
    return sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
  if (column.kind === 'date') return sql`to_char(${value}, 'YYYY-MM-DD')`;
  if (column.kind === 'number') return sql`(${value})::float8`;
  return sql`(${value})::text`;
}

/**
 * Rows after the keyset in the report's order. PostgreSQL sorts NULLs last ascending and
 * first descending; the id breaks ties ascending, as the list's order does.
 */
function after(source: ReportSource, last: Keyset): SQL {
  const e = sql`${source.sort.value}`;
  const id = sql`${source.id}`;
  if (source.sort.value === source.id) {
    return source.sort.order === 'DESC' ? sql`${id} < ${last.id}` : sql`${id} > ${last.id}`;
  }
  if (source.sort.order === 'ASC') {
    return last.key === null
      ? sql`(${e} is null and ${id} > ${last.id})`
      : sql`(${e} > ${last.key} or (${e} = ${last.key} and ${id} > ${last.id}) or ${e} is null)`;
  }
  return last.key === null
    ? sql`((${e} is null and ${id} > ${last.id}) or ${e} is not null)`
    : sql`(${e} < ${last.key} or (${e} = ${last.key} and ${id} > ${last.id}))`;
}

/** The report's order: its sort, then the id ascending (the list's tie-break). */
export function orderClause(source: ReportSource): SQL {
  const direction = source.sort.order === 'DESC' ? sql`desc` : sql`asc`;
  if (source.sort.value === source.id) return sql`${source.id} ${direction}`;
  return sql`${source.sort.value} ${direction}, ${source.id} asc`;
}

/**
 * The report's rows after `last` in its order, `limit` at most (all when null), with each
 * row's keyset (`__k`, `__id`). With no keyset and no limit it is the whole report as one
 * query: the benchmark's `psql \copy` baseline runs exactly that.
 */
export function reportQuery(source: ReportSource, last: Keyset | null, limit: number | null): SQL {
  const selected = sql.join(
    source.columns.map((column) => sql`${reportCell(column)} as ${sql.identifier(column.key)}`),
    sql`, `,
  );
  const conditions = last ? [...source.where, after(source, last)] : [...source.where];
  const where = conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`;
  const limited = limit === null ? sql`` : sql` limit ${limit}`;
  return sql`select ${selected}, (${source.sort.value})::text as "__k", (${source.id})::bigint as "__id" from ${source.from} where ${where} order by ${orderClause(source)}${limited}`;
}

/** One chunk of the report after `last` (from the start when null), and where it ended. */
export async function readReportChunk(
  db: Executor,
  source: ReportSource,
  last: Keyset | null,
  limit: number,
): Promise<{ rows: ExportRow[]; last: Keyset | null }> {
  const raw = await queryRows<ExportRow & { __k: string | null; __id: string | number }>(
    db,
    reportQuery(source, last, limit),
  );
  const end = raw.at(-1);
  const rows = raw.map(({ __k: _k, __id: _id, ...row }) => row as ExportRow);
  return { rows, last: end ? { key: end.__k, id: Number(end.__id) } : last };
}

/**
 * The whole report in chunks, each read by `inChunk` (a short transaction of its own on
 * PGlite, one snapshot on PostgreSQL): memory holds one chunk, whatever the row count.
 */
export async function* readReport(
  inChunk: <T>(read: (db: Executor) => Promise<T>) => Promise<T>,
  source: (db: Executor) => Promise<ReportSource> | ReportSource,
  chunkSize = 5_000,
): AsyncGenerator<ExportRow[]> {
  let last: Keyset | null = null;
  for (;;) {
    const chunk: { rows: ExportRow[]; last: Keyset | null } = await inChunk(async (db) =>
      readReportChunk(db, await source(db), last, chunkSize),
    );
    if (chunk.rows.length > 0) yield chunk.rows;
    if (chunk.rows.length < chunkSize) return;
    last = chunk.last;
  }
}
