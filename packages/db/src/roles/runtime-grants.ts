import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';

/** Tables the server only appends to and reads. */
const APPEND_ONLY_TABLES = new Set(['audit_log']);

/**
 * Tables the server deletes rows from (recomputed figures, staged import rows, expiring
 * counters, user-removed filters, policies and deadlines). Every other table keeps its
 * rows: the server may read, insert and update them, never delete. A new table that needs
 * DELETE is added here.
 */
const DELETABLE_TABLES = new Set([
  'adoption_refresh_marks',
  'adoption_rollups',
  'adoption_snapshots',
  'adoption_subtree_history',
  'attempt_counters',
  'deadlines',
  'import_rows',
  'list_counts',
  'policy_settings',
  'saved_filters',
]);

/** Serialises grant runs of instances starting together (GRANT on one object can collide). */
const GRANT_LOCK = 7270003;

export function runtimeTablePrivileges(table: string): string[] {
  if (APPEND_ONLY_TABLES.has(table)) return ['SELECT', 'INSERT'];
  return DELETABLE_TABLES.has(table)
    ? ['SELECT', 'INSERT', 'UPDATE', 'DELETE']
    : ['SELECT', 'INSERT', 'UPDATE'];
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Gives the runtime role exactly what the server needs on every table and sequence of the
 * schema, and nothing else: no TRUNCATE, REFERENCES or TRIGGER, no DDL, no temporary
 * tables (a temporary `audit_log` would shadow the real one inside the chain trigger).
 * Run by the tables' owner after every migration, so tables added later get their grants
 * too. Idempotent.
 */
export async function grantRuntimePrivileges(owner: Db, role: string): Promise<void> {
  const grantee = quoteIdent(role);
  await owner.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${GRANT_LOCK})`);
    const tables = await queryRows<{ name: string }>(
      tx,
      sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
    );
    const [database] = await queryRows<{ name: string }>(
      tx,
      sql`select current_database() as name`,
    );
    const statements = [
      `revoke temporary on database ${quoteIdent(database?.name ?? '')} from public, ${grantee}`,
      `grant connect on database ${quoteIdent(database?.name ?? '')} to ${grantee}`,
      `revoke create on schema public from ${grantee}`,
      `grant usage on schema public to ${grantee}`,
      ...tables.flatMap(({ name }) => [
        `revoke all on table public.${quoteIdent(name)} from ${grantee}`,
        `grant ${runtimeTablePrivileges(name).join(', ')} on table public.${quoteIdent(name)} to ${grantee}`,
      ]),
      // nextval for serial ids (also inside the audit chain trigger); never setval.
      `revoke all on all sequences in schema public from ${grantee}`,
      `grant usage on all sequences in schema public to ${grantee}`,
      `revoke all on schema drizzle from ${grantee}`,
    ];
    for (const statement of statements) await tx.execute(sql.raw(statement));
  });
}
