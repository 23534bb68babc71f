import type { OrgUnitRecord, Scope } from '@cutover/db';
import { canGrantRole, type Role, roleScopeLevel } from '@cutover/domain';
import { AppError, invalid } from '../errors';

/**
 * A user grants only what they hold: a role no higher than their own, at a node inside
 * their own subtree (the node was loaded through the caller's scope, so "not found"
 * already covers nodes outside it), at the level the role is meant for.
 */
export function assertCanGrant(caller: Scope, role: Role, node: OrgUnitRecord | undefined) {
  if (!canGrantRole(caller.role, role)) {
    throw new AppError('FORBIDDEN', 'errors.cannot_grant_role', {
      role: 'errors.cannot_grant_role',
    });
  }
  if (!node) throw invalid({ scopeOrgUnitId: 'errors.scope_outside' }, 'errors.scope_outside');
  if (!roleScopeLevel[role].includes(node.level)) {
    throw invalid({ scopeOrgUnitId: 'errors.scope_level_mismatch' }, 'errors.scope_level_mismatch');
  }
}

/** The caller may manage an existing account only if they could have granted it. */
export function assertCanManage(caller: Scope, target: { id: number; role: Role }) {
  if (target.id === caller.userId) {
    throw new AppError('FORBIDDEN', 'errors.cannot_manage_self');
  }
  if (!canGrantRole(caller.role, target.role)) throw new AppError('FORBIDDEN');
}
