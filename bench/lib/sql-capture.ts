import type { Database } from '@cutover/db';

/** One statement as node-postgres received it: text, values and options (row mode). */
type Statement = Record<string, unknown>;
type Query = (this: unknown, config: unknown, values?: unknown, callback?: unknown) => unknown;
interface Pool {
  query: (config: unknown) => Promise<unknown>;
  Client: { prototype: { query: Query } };
}

/** The pool behind a PostgreSQL `Database` (the bench runs on PostgreSQL only). */
function poolOf(database: Database): Pool {
  const pool = (database.db as unknown as { $client?: Pool }).$client;
  if (!pool?.Client?.prototype) throw new Error('not a PostgreSQL pool');
  return pool;
}

/**
 * Runs `call` once and returns the statements it sent that read `table`: what "the same
 * SQL issued directly" replays, without the session look-up, the scope load or BEGIN/COMMIT.
 */
export async function captureStatements(
  database: Database,
  table: string,
  call: () => Promise<unknown>,
): Promise<Statement[]> {
  const prototype = poolOf(database).Client.prototype;
  const original = prototype.query;
  const seen: Statement[] = [];
  prototype.query = function (config, values, callback) {
    if (typeof config === 'string') seen.push({ text: config, values });
    else if (config && typeof config === 'object') {
      seen.push({ ...(config as Statement), ...(Array.isArray(values) ? { values } : {}) });
    }
    return original.call(this, config, values, callback);
  };
  try {
    await call();
  } finally {
    prototype.query = original;
  }
  return seen.filter((s) => String(s.text).includes(`"${table}"`));
}

/** Sends the captured statements again, one after another, straight to the pool. */
export function replay(database: Database, statements: readonly Statement[]) {
  const pool = poolOf(database);
  return async () => {
    for (const statement of statements) await pool.query({ ...statement });
  };
}
