import Typography from '@mui/material/Typography';
import { useFieldValue, useTranslate } from 'react-admin';
import type { ChatEnumName } from './chatEnums';

interface ChatEnumFieldProps {
  source: string;
  enumName: ChatEnumName;
  label?: string;
}

/** A chat's kind, status or legacy platform in the user's language. */
export const ChatEnumField = ({ source, enumName }: ChatEnumFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  if (typeof value !== 'string') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`enums.${enumName}.${value}`, { _: value })}
    </Typography>
  );
};
