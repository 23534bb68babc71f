import HistoryIcon from '@mui/icons-material/History';
import { Button, LinkBase, useCanAccess, useRecordContext } from 'react-admin';
import type { UserRow } from './types';

/** Opens the audit log filtered to this account's changes, for those who may read it. */
export const AuditTrailButton = () => {
  const record = useRecordContext<UserRow>();
  const { canAccess } = useCanAccess({ resource: 'auditLog', action: 'list' });
  if (!record || !canAccess) return null;
  const filter = JSON.stringify({ entityType: 'user', entityId: String(record.id) });
  return (
    // A router link, so it has an href: on a phone react-admin draws an icon button, which
    // would otherwise be an <a> without one (a name on a plain element: axe's prohibited ARIA).
    <Button
      component={LinkBase}
      label="cutover.users.audit_trail"
      to={{ pathname: '/auditLog', search: `filter=${encodeURIComponent(filter)}` }}
    >
      <HistoryIcon />
    </Button>
  );
};
