import type { ChatStatus } from '@cutover/domain';
import type { ChipProps } from '@mui/material/Chip';
import { useRecordContext } from 'react-admin';
import { StatusChip } from '../fields/StatusChip';
import type { ChatRow } from './types';

const colours: Record<ChatStatus, ChipProps['color']> = {
  legacy: 'default',
  migrating: 'warning',
  migrated: 'info',
  legacy_closed: 'success',
};

/** The migration status as a coloured chip. */
export const ChatStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<ChatRow>();
  if (!record) return null;
  return <StatusChip enumName="chatStatus" value={record.status} colour={colours[record.status]} />;
};
