import Chip, { type ChipProps } from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';
import type { StaffRow } from '../rows';

const colours: Record<StaffRow['funnelStatus'], ChipProps['color']> = {
  not_invited: 'default',
  invited: 'warning',
  registered: 'info',
  active: 'success',
  deactivated: 'error',
};

/** The status as words in a coloured outline: colour helps, the text carries the meaning. */
export const FunnelStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<StaffRow>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colours[record.funnelStatus]}
      label={translate(`enums.funnelStatus.${record.funnelStatus}`)}
    />
  );
};
