import type { ChipProps } from '@mui/material/Chip';
import { useRecordContext } from 'react-admin';
import type { StaffRow } from '../rows';
import { StatusChip } from './StatusChip';

const colours: Record<StaffRow['funnelStatus'], ChipProps['color']> = {
  not_invited: 'default',
  invited: 'warning',
  registered: 'info',
  active: 'success',
  deactivated: 'error',
};

/** A staff member's platform status as a coloured chip. */
export const FunnelStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<StaffRow>();
  if (!record) return null;
  return (
    <StatusChip
      enumName="funnelStatus"
      value={record.funnelStatus}
      colour={colours[record.funnelStatus]}
    />
  );
};
