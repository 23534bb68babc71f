import Box from '@mui/material/Box';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import type { AuditRow } from './types';

interface FieldProps {
  source: string;
  label?: string;
}

const useText = (source: string) => {
  const value: unknown = useFieldValue({ source });
  return typeof value === 'string' ? value : '';
};

/** "Signed in" for auth.sign_in; an action without a translation shows its code. */
export const AuditActionField = ({ source }: FieldProps) => {
  const action = useText(source);
  const translate = useTranslate();
  return <span>{translate(`cutover.audit.actions.${action}`, { _: action })}</span>;
};

export const EntityTypeField = ({ source }: FieldProps) => {
  const type = useText(source);
  const translate = useTranslate();
  return <span>{translate(`cutover.audit.entity_types.${type}`, { _: type })}</span>;
};

/** The record an entry is about: an account by its login (the server sends it when in scope), else its id. */
export const AuditRecordField = (_props: FieldProps) => {
  const record = useRecordContext<AuditRow>();
  if (!record) return null;
  return <span>{record.entityLabel ?? record.entityId ?? '—'}</span>;
};

/** Hashes and ids: monospace, wrapped anywhere so a 64-character hash fits a phone. */
export const CodeField = ({ source }: FieldProps) => {
  const text = useText(source);
  return (
    <Box component="code" sx={{ fontSize: 13, wordBreak: 'break-all' }}>
      {text || '—'}
    </Box>
  );
};
