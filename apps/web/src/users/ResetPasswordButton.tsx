import LockResetIcon from '@mui/icons-material/LockReset';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import type { UserRow } from './types';

export const ResetPasswordButton = () => {
  const record = useRecordContext<UserRow>();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  return (
    <>
      <Button label="cutover.users.reset_password" onClick={() => setOpen(true)}>
        <LockResetIcon />
      </Button>
      {open ? <ResetPasswordDialog user={record} onClose={() => setOpen(false)} /> : null}
    </>
  );
};
