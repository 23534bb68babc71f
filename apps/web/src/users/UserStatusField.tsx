import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';
import type { UserRow } from './types';

/** Active or disabled, in words (the colour only helps). */
export const UserStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<UserRow>();
  const translate = useTranslate();
  if (!record) return null;
  const disabled = record.disabledAt !== null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={disabled ? 'error' : 'success'}
      label={translate(disabled ? 'cutover.users.disabled' : 'cutover.users.active')}
    />
  );
};

/** Whether two-step verification is set up, in words. */
export const TwoStepField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<UserRow>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate(record.totpEnabled ? 'cutover.users.on' : 'cutover.users.off')}</span>;
};
