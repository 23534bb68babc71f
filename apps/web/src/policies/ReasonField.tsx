import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';

/** The server's rule for a reason: 3 to 500 characters once trimmed. */
export const validReason = (reason: string) => {
  const length = reason.trim().length;
  return length >= 3 && length <= 500;
};

/** Why the change is made: required, recorded with the setting and in the audit log. */
export const ReasonField = ({
  value,
  onChange,
}: {
  value: string;
  onChange: (v: string) => void;
}) => {
  const translate = useTranslate();
  const touched = value.length > 0;
  const invalid = touched && !validReason(value);
  return (
    <TextField
      label={translate('cutover.policies.reason')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      required
      multiline
      minRows={2}
      error={invalid}
      helperText={translate('cutover.policies.reason_hint')}
      slotProps={{ htmlInput: { maxLength: 500 } }}
    />
  );
};
