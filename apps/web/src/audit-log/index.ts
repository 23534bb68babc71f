import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const AuditLogList = lazy(() =>
  import('./AuditLogList').then((m) => ({ default: m.AuditLogList })),
);
const AuditLogShow = lazy(() =>
  import('./AuditLogShow').then((m) => ({ default: m.AuditLogShow })),
);

/** Read-only: the server offers no writes, and the database refuses them. */
export const auditLog = {
  list: AuditLogList,
  show: AuditLogShow,
  icon: FactCheckIcon,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
} satisfies Omit<ResourceProps, 'name'>;
