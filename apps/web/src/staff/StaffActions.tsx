import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import { useState } from 'react';
import { Button, EditButton, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import type { StaffRow } from '../common/rows';
import { StatusButton } from './StatusButton';
import { TransferDialog } from './TransferDialog';

/** A person's toolbar: edit, deactivate or reactivate, transfer to another institution. */
export const StaffActions = () => {
  const record = useRecordContext<StaffRow>();
  const { canAccess } = useCanAccess({ resource: 'staff', action: 'edit' });
  const [transferring, setTransferring] = useState(false);
  return (
    <TopToolbar>
      <EditButton />
      {canAccess && record ? (
        <>
          <StatusButton />
          <Button label="cutover.staff_actions.transfer" onClick={() => setTransferring(true)}>
            <DriveFileMoveIcon />
          </Button>
          {transferring ? (
            <TransferDialog person={record} onClose={() => setTransferring(false)} />
          ) : null}
        </>
      ) : null}
    </TopToolbar>
  );
};
