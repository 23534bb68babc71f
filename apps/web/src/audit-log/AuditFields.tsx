import Box from '@mui/material/Box';
import { useFieldValue, useTranslate } from 'react-admin';

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

/** Hashes and ids: monospace, wrapped anywhere so a 64-character hash fits a phone. */
export const CodeField = ({ source }: FieldProps) => {
  const text = useText(source);
  return (
    <Box component="code" sx={{ fontSize: 13, wordBreak: 'break-all' }}>
      {text || '—'}
    </Box>
  );
};
