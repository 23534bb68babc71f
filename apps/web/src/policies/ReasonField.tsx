import { isValidReason, REASON_MAX_LENGTH } from '@cutover/domain';
import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';

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
  const invalid = touched && !isValidReason(value);
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
      slotProps={{ htmlInput: { maxLength: REASON_MAX_LENGTH } }}
    />
  );
};
