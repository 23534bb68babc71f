import Chip from '@mui/material/Chip';
import { useTranslate } from 'react-admin';
import type { SettingStatus } from './kinds';

const colors = {
  effective: 'success',
  applies: 'success',
  overridden: 'default',
  shadowed_by_lock: 'secondary',
} as const;

/** Whether a setting decides the value, is overridden below it, or is shadowed by a lock above. */
export const StatusChip = ({ status }: { status: SettingStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={colors[status]}
      variant={status === 'overridden' ? 'outlined' : 'filled'}
      label={translate(`cutover.policies.status.${status}`)}
    />
  );
};
