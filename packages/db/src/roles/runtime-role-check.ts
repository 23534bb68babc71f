import { sql } from 'drizzle-orm';
import { type Db, type Executor, queryRows } from '../client';

export class RuntimeRoleError extends Error {}

const FIX =
  'create a role that owns nothing with `pnpm db:roles`, point DATABASE_URL at it and DATABASE_MIGRATION_URL at the owner';

/**
 * Why the role this connection runs as must not serve the app, or null when it may: a
 * superuser, or a member of a role that owns the app's tables, can switch the audit log's
 * triggers off and rewrite it.
 */
export async function runtimeRoleProblem(db: Executor): Promise<string | null> {
  const [role] = await queryRows<{ name: string; superuser: boolean; owned: string | null }>(
    db,
    sql`select r.rolname as name, r.rolsuper as superuser,
          (select string_agg(c.relname, ', ' order by c.relname)
             from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'S', 'v', 'm')
              and pg_has_role(current_user, c.relowner, 'MEMBER')) as owned
        from pg_roles r where r.rolname = current_user`,
  );
  if (!role) return 'the server cannot tell which role it connects as';
  if (role.superuser) {
    return `the server connects to PostgreSQL as "${role.name}", a superuser, who could rewrite the audit log; ${FIX}`;
  }
  if (role.owned) {
    const tables = role.owned.split(', ');
    const named =
      tables.length > 3
        ? `${tables.slice(0, 3).join(', ')} and ${tables.length - 3} more`
        : role.owned;
    return `the server connects to PostgreSQL as "${role.name}", which owns ${named} and could rewrite the audit log; ${FIX}`;
  }
  return null;
}

/** Outside demo mode the server refuses to run as a role that could rewrite the audit log. */
export async function assertLeastPrivilegedRole(db: Db): Promise<void> {
  const problem = await runtimeRoleProblem(db);
  if (problem) throw new RuntimeRoleError(problem);
}
