import type { OrgKind, OrgLevel, Role } from '@cutover/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits, users } from '../../schema/index';

export async function findNodeByCode(db: Executor, code: string) {
  const rows = await db
    .select({ id: orgUnits.id, path: orgUnits.path, level: orgUnits.level })
    .from(orgUnits)
    .where(eq(orgUnits.code, code));
  return rows[0] ?? null;
}

/** The first open child of a node at a level (and kind), in id order: stable for a seed. */
export async function firstChild(db: Executor, parentId: number, level: OrgLevel, kind?: OrgKind) {
  const conditions = [
    eq(orgUnits.parentId, parentId),
    eq(orgUnits.level, level),
    isNull(orgUnits.validTo),
  ];
  if (kind) conditions.push(eq(orgUnits.kind, kind));
  const rows = await db
    .select({ id: orgUnits.id, path: orgUnits.path, level: orgUnits.level })
    .from(orgUnits)
    .where(and(...conditions))
    .orderBy(asc(orgUnits.id))
    .limit(1);
  return rows[0] ?? null;
}

export async function userExists(db: Executor, login: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.login, login.toLowerCase()));
  return rows.length > 0;
}

export interface AccountValues {
  login: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  scopeOrgUnitId: number;
  isDemo: boolean;
}

export async function insertAccount(db: Executor, values: AccountValues) {
  const [row] = await db
    .insert(users)
    .values({ ...values, login: values.login.toLowerCase() })
    .returning({ id: users.id, login: users.login });
  if (!row) throw new Error('account insert returned nothing');
  return row;
}
