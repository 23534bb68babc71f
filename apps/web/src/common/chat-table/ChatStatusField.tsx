import type { ChatStatus } from '@cutover/domain';
import Chip, { type ChipProps } from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ChatRow } from './types';

const colours: Record<ChatStatus, ChipProps['color']> = {
  legacy: 'default',
  migrating: 'warning',
  migrated: 'info',
  legacy_closed: 'success',
};

/** The migration status as words in a coloured outline: the text carries the meaning. */
export const ChatStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<ChatRow>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colours[record.status]}
      label={translate(`enums.chatStatus.${record.status}`)}
    />
  );
};
