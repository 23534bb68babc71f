import Chip from '@mui/material/Chip';
import { useFieldValue, useTranslate } from 'react-admin';
import type { ImportStatus } from './types';

const colors: Record<ImportStatus, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  pending: 'default',
  validating: 'info',
  validated: 'info',
  held: 'warning',
  running: 'info',
  succeeded: 'success',
  failed: 'error',
  cancelled: 'default',
};

/** A job's status as a coloured chip, in the reader's language. */
export const ImportStatusChip = ({ status }: { status: ImportStatus }) => {
  const translate = useTranslate();
  return (
    <Chip size="small" color={colors[status]} label={translate(`enums.jobStatus.${status}`)} />
  );
};

export const ImportStatusField = ({ source = 'status' }: { source?: string; label?: string }) => {
  const status = useFieldValue({ source }) as ImportStatus | undefined;
  return status ? <ImportStatusChip status={status} /> : null;
};
