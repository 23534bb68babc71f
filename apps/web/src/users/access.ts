import { canGrantRole, type Role, roles } from '@cutover/domain';
import { useGetIdentity } from 'react-admin';

export const asRole = (value: unknown): Role | undefined => roles.find((role) => role === value);

/** The signed-in user's id and role, once the identity has loaded. */
export function useCaller(): { id: unknown; role: Role | undefined } {
  const { identity } = useGetIdentity();
  return { id: identity?.id, role: asRole(identity?.role) };
}

/** Roles the caller may hand out: never above their own (the server checks the same rule). */
export function useGrantableRoles(): Role[] {
  const { role } = useCaller();
  return role ? roles.filter((granted) => canGrantRole(role, granted)) : [];
}

/**
 * Whether the caller may change this account: not their own, and one they could have
 * granted. The server refuses anything else; the UI only spares the user the refusal.
 */
export function useCanManage(user: { id: number; role: Role } | undefined): boolean {
  const caller = useCaller();
  if (!user || !caller.role) return false;
  return caller.id !== user.id && canGrantRole(caller.role, user.role);
}
