import { useCanAccess } from 'react-admin';

export interface PolicyPermissions {
  canEdit: boolean;
  canRemove: boolean;
  canReadHistory: boolean;
}

/** What the role may do here: the same table the server enforces (the UI only hides). */
export function usePolicyPermissions(): PolicyPermissions {
  const edit = useCanAccess({ resource: 'policies', action: 'edit' });
  const remove = useCanAccess({ resource: 'policies', action: 'delete' });
  const history = useCanAccess({ resource: 'auditLog', action: 'list' });
  return {
    canEdit: edit.canAccess === true,
    canRemove: remove.canAccess === true,
    canReadHistory: history.canAccess === true,
  };
}
