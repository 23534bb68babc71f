import HistoryIcon from '@mui/icons-material/History';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import type { UserRow } from './types';

/** Opens the audit log filtered to this account's changes, for those who may read it. */
export const AuditTrailButton = () => {
  const record = useRecordContext<UserRow>();
  const { canAccess } = useCanAccess({ resource: 'auditLog', action: 'list' });
  if (!record || !canAccess) return null;
  const filter = JSON.stringify({ entityType: 'user', entityId: String(record.id) });
  return (
    <Button
      label="cutover.users.audit_trail"
      to={{ pathname: '/auditLog', search: `filter=${encodeURIComponent(filter)}` }}
    >
      <HistoryIcon />
    </Button>
  );
};
