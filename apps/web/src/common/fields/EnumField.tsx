import Typography from '@mui/material/Typography';
import { useFieldValue, useTranslate } from 'react-admin';
import type { ChatEnumName } from '../chat-table/chatEnums';
import type { EnumName } from './enums';

interface EnumFieldProps {
  source: string;
  enumName: EnumName | ChatEnumName;
  label?: string;
}

/** Shows a domain enum value in the user's language (`enums.<name>.<value>`). */
export const EnumField = ({ source, enumName }: EnumFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  if (typeof value !== 'string') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`enums.${enumName}.${value}`, { _: value })}
    </Typography>
  );
};
