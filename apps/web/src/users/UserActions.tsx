import { EditButton, ShowButton, TopToolbar, useRecordContext } from 'react-admin';
import { AuditTrailButton } from './AuditTrailButton';
import { useCanManage } from './access';
import { ResetPasswordButton } from './ResetPasswordButton';
import { ToggleDisabledButton } from './ToggleDisabledButton';
import type { UserRow } from './types';

/** Account actions on the show and edit pages, offered only where the server would allow them. */
export const UserActions = ({ editing = false }: { editing?: boolean }) => {
  const record = useRecordContext<UserRow>();
  const canManage = useCanManage(record);
  return (
    <TopToolbar>
      <AuditTrailButton />
      {canManage ? <ToggleDisabledButton /> : null}
      {canManage ? <ResetPasswordButton /> : null}
      {editing ? <ShowButton /> : canManage ? <EditButton /> : null}
    </TopToolbar>
  );
};
