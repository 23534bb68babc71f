import type { ListParams, Role } from '@cutover/domain';
import { roles } from '@cutover/domain';
import { and, eq, getTableColumns, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits, users } from '../../schema/index';
import { enumFilter, idFilter, nameSearchPattern, textFilter } from '../list';
import { listPage } from '../list-page';
import { type Scope, withinNode, withinScope } from '../scope';

const { passwordHash: _hash, totpSecret: _secret, ...publicColumns } = getTableColumns(users);
const columns = {
  ...publicColumns,
  totpEnabled: sql<boolean>`${users.totpEnabledAt} is not null`.as('totp_enabled'),
  scopeName: orgUnits.name,
  scopeLevel: orgUnits.level,
  scopePath: orgUnits.path,
};

export const userSortable = {
  id: users.id,
  login: users.login,
  displayName: users.displayName,
  role: users.role,
  lastSignInAt: users.lastSignInAt,
};

export function userListFilters(filter: ListParams['filter'], scope: Scope): SQL[] {
  const conditions: SQL[] = [withinScope(orgUnits.path, scope)];
  const q = textFilter(filter.q);
  if (q) {
    const pattern = nameSearchPattern(q);
    conditions.push(
      sql`(lower(${users.login}) like ${pattern} or lower(${users.displayName}) like ${pattern})`,
    );
  }
  const within = idFilter(filter.withinId);
  if (within) conditions.push(withinNode(orgUnits.path, within));
  const wanted = enumFilter<Role>(filter.role, roles);
  if (wanted) conditions.push(inArray(users.role, wanted));
  if (filter.disabled === true) conditions.push(isNotNull(users.disabledAt));
  if (filter.disabled === false) conditions.push(isNull(users.disabledAt));
  return conditions;
}

export interface NewUser {
  login: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  scopeOrgUnitId: number;
}

export function userQueries(db: Executor, scope: Scope) {
  const base = () =>
    db.select(columns).from(users).innerJoin(orgUnits, eq(orgUnits.id, users.scopeOrgUnitId));
  return {
    list(params: ListParams) {
      return listPage(db, params, {
        table: users,
        id: users.id,
        orgUnitId: users.scopeOrgUnitId,
        columns,
        filters: userListFilters(params.filter, scope),
        sortable: userSortable,
        defaultSort: 'login',
      });
    },

    async byIds(ids: readonly number[]) {
      if (ids.length === 0) return [];
      return base().where(and(inArray(users.id, [...ids]), withinScope(orgUnits.path, scope)));
    },

    async create(values: NewUser) {
      const [row] = await db
        .insert(users)
        .values({ ...values, login: values.login.toLowerCase() })
        .returning({ id: users.id });
      return row;
    },

    /** Optimistic update: returns null when the version no longer matches. */
    async update(
      id: number,
      expectedVersion: number,
      changes: Partial<
        Pick<
          typeof users.$inferInsert,
          'displayName' | 'role' | 'scopeOrgUnitId' | 'disabledAt' | 'passwordHash'
        >
      >,
    ) {
      const [row] = await db
        .update(users)
        .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: new Date() })
        .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
        .returning({ id: users.id, version: users.version });
      return row ?? null;
    },
  };
}
export type UserQueries = ReturnType<typeof userQueries>;
export type UserRecord = Awaited<ReturnType<UserQueries['byIds']>>[number];
