import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';
import { quoteIdent } from './runtime-grants';

/** A concurrent CREATE ROLE of the same name fails with either code. */
const ALREADY_CREATED = new Set(['42710', '23505']);

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function codeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as { code?: string }).code;
}

/**
 * Creates the login role the server runs as, unless it exists; a given password is set
 * either way (`updatePassword`). Roles are cluster-wide, so a concurrent creation of the
 * same role counts as success. Returns whether this call created it.
 */
export async function createRuntimeRole(
  owner: Db,
  role: string,
  password: string | undefined,
  options: { updatePassword?: boolean } = {},
): Promise<boolean> {
  const exists = await queryRows(owner, sql`select 1 from pg_roles where rolname = ${role}`);
  const login = `login${password ? ` password ${quoteLiteral(password)}` : ''}`;
  if (exists.length > 0) {
    if (options.updatePassword && password) {
      await owner.execute(sql.raw(`alter role ${quoteIdent(role)} with ${login}`));
    }
    return false;
  }
  try {
    await owner.execute(sql.raw(`create role ${quoteIdent(role)} with ${login}`));
    return true;
  } catch (error) {
    if (ALREADY_CREATED.has(codeOf(error) ?? '')) return false;
    throw error;
  }
}
