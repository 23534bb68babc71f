import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { orderClause, type ReportSource, reportCell } from './report-source';

/**
 * A text cell as the CSV writer prints it: empty for NULL and '' alike, and a leading
 * apostrophe when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return (the
 * domain's `neutralizeCell`, without its text-cell option: CSV has no typed cells).
 */
function csvText(v: SQL): SQL {
  // The value is repeated, not bound once in a subquery: a subquery per cell is a subplan per
  // row. `ascii` (the first character's code) compares integers, no substring per cell:
  // = 61, + 43, - 45, @ 64, tab 9, CR 13.
  return sql`case when ${v} = '' then null
    when ascii(${v}) in (61, 43, 45, 64, 9, 13) then '''' || ${v} else ${v} end`;
}

/**
 * A number cell as JavaScript's `String(number)` prints the float8 the keyset path reads:
 * whole numbers in full (float8's text form writes 1e+15 from 15 digits on), others in
 * float8's shortest exact form, which has JavaScript's digits.
 */
function csvNumber(f: SQL): SQL {
  return sql`case when ${f} = trunc(${f}) and abs(${f}) < 1e15 then (${f})::bigint::text else (${f})::text end`;
}

/** The report's rows as CSV cells, in its order, under the same filters and scope. */
export function reportCsvQuery(source: ReportSource): SQL {
  const selected = sql.join(
    source.columns.map((column) => {
      const value = reportCell(column);
      const cell =
        column.kind === 'text'
          ? csvText(value)
          : column.kind === 'number'
            ? csvNumber(value)
            : value;
      return sql`${cell} as ${sql.identifier(column.key)}`;
    }),
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

/** The report's CSV rows as PostgreSQL writes them, streamed from one connection. */
export function streamReportCsv(
  client: pg.ClientBase,
  source: ReportSource,
  delimiter: ',' | ';',
): ReturnType<typeof copyTo> {
  return client.query(copyTo(reportCsvCopyStatement(source, delimiter)));
}
