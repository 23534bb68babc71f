import { is, type SQL, sql } from 'drizzle-orm';
import { PgColumn, PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { CopyOutCrlf } from './copy-out-crlf';
import { type ExportColumn, orderClause, type ReportSource, reportCell } from './report-source';

/** First characters a spreadsheet reads as a formula: = + - @, tab and CR (their codes). */
const FORMULA_STARTS = [61, 43, 45, 64, 9, 13];

/**
 * A text cell as the CSV writer prints it: empty for NULL and '' alike, and a leading
 * apostrophe when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return (the
 * domain's `neutralizeCell`, without its text-cell option: CSV has no typed cells).
 */
function csvText(v: SQL): SQL {
  // The value is repeated, not bound once in a subquery: a subquery per cell is a subplan per
  // row. `ascii` (the first character's code, 0 for '') compares integers, no substring per
  // cell; `nullif` folds '' into NULL in the same branch, so the cell is computed twice, not
  // three times.
  return sql`case when ascii(${v}) in (${sql.raw(FORMULA_STARTS.join(', '))}) then '''' || ${v} else nullif(${v}, '') end`;
}

/** An enum column none of whose values is empty or starts like a formula needs no neutralizing. */
function safeEnum(value: ExportColumn['value']): boolean {
  if (!is(value, PgColumn) || value.columnType !== 'PgEnumColumn') return false;
  const values = (value as PgColumn & { enumValues?: readonly string[] }).enumValues ?? [];
  return (
    values.length > 0 && values.every((v) => v !== '' && !FORMULA_STARTS.includes(v.charCodeAt(0)))
  );
}

/** Integer column types whose every value prints in full from its own text form. */
const INT4 = new Set(['PgInteger', 'PgSerial', 'PgSmallInt', 'PgSmallSerial']);
const INT8 = new Set(['PgBigInt53', 'PgBigSerial53']);

/**
 * A number cell as JavaScript's `String(number)` prints the float8 the keyset path reads:
 * whole numbers in full (float8's text form writes 1e+15 from 15 digits on), others in
 * float8's shortest exact form, which has JavaScript's digits. An integer column is its own
 * text (below 1e15 a bigint is exact in float8), with no float arithmetic per row.
 */
function csvNumber(column: ExportColumn): SQL {
  const { value } = column;
  if (is(value, PgColumn) && INT4.has(value.columnType)) return sql`(${value})::text`;
  const f = reportCell(column);
  if (is(value, PgColumn) && INT8.has(value.columnType)) {
    return sql`case when abs(${value}) < 1000000000000000 then (${value})::text else (${f})::text end`;
  }
  return sql`case when ${f} = trunc(${f}) and abs(${f}) < 1e15 then (${f})::bigint::text else (${f})::text end`;
}

/** A cell as the CSV writer prints it. */
function csvCell(column: ExportColumn): SQL {
  if (column.kind === 'number') return csvNumber(column);
  const value = reportCell(column);
  if (column.kind !== 'text' || safeEnum(column.value)) return value;
  return csvText(value);
}

/** The report's rows as CSV cells, in its order, under the same filters and scope. */
export function reportCsvQuery(source: ReportSource): SQL {
  const selected = sql.join(
    source.columns.map((column) => sql`${csvCell(column)} as ${sql.identifier(column.key)}`),
    sql`, `,
  );
  const where = source.where.length > 0 ? sql.join([...source.where], sql` and `) : sql`true`;
  return sql`select ${selected} from ${source.from} where ${where} order by ${orderClause(source)}`;
}

/** The driver's own conversion of a bind parameter to its text (untyped in @types/pg). */
const driverUtils = (
  pg as unknown as { utils: { prepareValue(value: unknown): string | Buffer | null } }
).utils;

/**
 * COPY takes no bind parameters: each `$n` becomes its value as a quoted literal (the same
 * untyped text a bind parameter sends, escaped by the driver), outside quoted names and literals.
 */
export function inlineParams(text: string, params: readonly unknown[]): string {
  return text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\$(\d+)/g, (match, n: string | undefined) => {
    if (n === undefined) return match;
    const index = Number(n) - 1;
    if (index < 0 || index >= params.length) throw new Error(`no parameter $${n}`);
    const value = driverUtils.prepareValue(params[index]);
    if (value === null) return 'null';
    return pg.escapeLiteral(typeof value === 'string' ? value : value.toString('utf8'));
  });
}

/**
 * The statement that has PostgreSQL write the report as CSV (RFC 4180 quoting, no header,
 * LF line ends): the scoped report query, its parameters written in.
 */
export function reportCsvCopyStatement(source: ReportSource, delimiter: ',' | ';'): string {
  const query = new PgDialect().sqlToQuery(reportCsvQuery(source));
  const text = inlineParams(query.sql, query.params);
  return `copy (${text}) to stdout with (format csv, delimiter '${delimiter}')`;
}

/**
 * The report's CSV rows as PostgreSQL writes them, with CRLF record ends (RFC 4180, as the
 * CSV writer ends them), streamed from one connection.
 */
export function streamReportCsv(
  client: pg.ClientBase,
  source: ReportSource,
  delimiter: ',' | ';',
): CopyOutCrlf {
  return client.query(new CopyOutCrlf(reportCsvCopyStatement(source, delimiter)));
}
