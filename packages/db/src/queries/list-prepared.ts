import { is, type SQLWrapper } from 'drizzle-orm';
import { NodePgSession } from 'drizzle-orm/node-postgres';
import type { Executor } from '../client';

/**
 * A list request's common shape (only the scope filters, the first pages) as a named
 * prepared statement: Drizzle builds its SQL text once per executor and shape, and
 * PostgreSQL parses it once per connection. The caller's node is a placeholder; the page's
 * limit and offset stay literals so the planner sees how many rows are walked.
 */
export interface PreparedListShape {
  /** Names the shape: the list, the scope's depth, the total's kind (safe identifier text). */
  key: string;
  /** Placeholder values (the scope's node). */
  values: Record<string, unknown>;
}

/**
 * Whether the executor keeps named statements: only PostgreSQL does, per connection. Drizzle's
 * PGlite session drops the name and PGlite parses every statement anew, so there a statement
 * kept across requests gains nothing; PGlite reads the same query with the caller's values.
 */
export function preparesStatements(db: Executor): boolean {
  return is(db._.session, NodePgSession);
}

/** Pages past this are read unprepared: a statement per page would pile up on each connection. */
export const PREPARED_PAGES = 10;

type Prepared = { execute(values: Record<string, unknown>): Promise<unknown> };

const byExecutor = new WeakMap<Executor, Map<string, Prepared>>();

/** The statement for `name`, prepared on first use from `build()` on this executor. */
export function preparedFor(
  db: Executor,
  name: string,
  build: () => SQLWrapper & { prepare(name: string): Prepared },
): Prepared {
  let statements = byExecutor.get(db);
  if (!statements) {
    statements = new Map();
    byExecutor.set(db, statements);
  }
  let statement = statements.get(name);
  if (!statement) {
    statement = build().prepare(name);
    statements.set(name, statement);
  }
  return statement;
}
