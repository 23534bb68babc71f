export const roles = [
  'federal_admin',
  'regional_admin',
  'district_admin',
  'school_admin',
  'auditor',
] as const;
export type Role = (typeof roles)[number];

export const resources = [
  'regions',
  'municipalities',
  'institutions',
  'orgUnits',
  'staff',
  'chats',
  'waves',
  'deadlines',
  'dashboard',
  'policies',
  'users',
  'auditLog',
  'imports',
  'exports',
] as const;
export type Resource = (typeof resources)[number];

export const actions = ['list', 'show', 'create', 'edit', 'delete'] as const;
export type Action = (typeof actions)[number];

const READ: readonly Action[] = ['list', 'show'];
const WRITE: readonly Action[] = ['list', 'show', 'create', 'edit', 'delete'];
const EDIT_ONLY: readonly Action[] = ['list', 'show', 'edit'];

/**
 * What each role may do, per resource. The server checks it on every procedure and the
 * SPA's `canAccess` reads the same table, so the menu shows exactly what the server allows.
 * Scope (which subtree) is checked separately, against the caller's scope node.
 */
export const permissions: Record<Role, Partial<Record<Resource, readonly Action[]>>> = {
  federal_admin: Object.fromEntries(resources.map((r) => [r, WRITE])),
  regional_admin: {
    regions: EDIT_ONLY,
    municipalities: WRITE,
    institutions: WRITE,
    orgUnits: WRITE,
    staff: WRITE,
    chats: WRITE,
    waves: READ,
    deadlines: WRITE,
    dashboard: READ,
    policies: WRITE,
    users: WRITE,
    auditLog: READ,
    imports: WRITE,
    exports: ['list', 'show', 'create'],
  },
  district_admin: {
    municipalities: EDIT_ONLY,
    institutions: WRITE,
    orgUnits: WRITE,
    staff: WRITE,
    chats: WRITE,
    waves: READ,
    deadlines: WRITE,
    dashboard: READ,
    policies: READ,
    users: WRITE,
    auditLog: READ,
    imports: WRITE,
    exports: ['list', 'show', 'create'],
  },
  school_admin: {
    institutions: EDIT_ONLY,
    orgUnits: EDIT_ONLY,
    staff: WRITE,
    chats: WRITE,
    waves: READ,
    deadlines: READ,
    dashboard: READ,
    policies: READ,
    imports: WRITE,
  },
  auditor: {
    regions: READ,
    municipalities: READ,
    institutions: READ,
    orgUnits: READ,
    staff: READ,
    chats: READ,
    waves: READ,
    deadlines: READ,
    dashboard: READ,
    policies: READ,
    auditLog: READ,
    exports: ['list', 'show', 'create'],
  },
};

export function can(role: Role, resource: Resource, action: Action): boolean {
  return permissions[role][resource]?.includes(action) ?? false;
}

/** Higher may grant lower or equal; auditors are read-only and grant nothing (no users.create). */
const rank: Record<Role, number> = {
  federal_admin: 4,
  regional_admin: 3,
  district_admin: 2,
  school_admin: 1,
  auditor: 1,
};

export function canGrantRole(granter: Role, granted: Role): boolean {
  if (!can(granter, 'users', 'create')) return false;
  return rank[granted] <= rank[granter];
}

/** The level of the scope node each role is meant to hold. */
export const roleScopeLevel: Record<Role, readonly string[]> = {
  federal_admin: ['country'],
  regional_admin: ['region'],
  district_admin: ['municipality'],
  school_admin: ['institution'],
  auditor: ['country', 'region', 'municipality', 'institution'],
};
