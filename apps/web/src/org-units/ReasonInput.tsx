import { maxLength, minLength, required, TextInput } from 'react-admin';

const rules = [required(), minLength(3), maxLength(500)];

/** Why a structural change was made: it goes to the audit log with the change. */
export const ReasonInput = () => (
  <TextInput
    source="reason"
    label="cutover.org_actions.reason"
    helperText="cutover.org_actions.reason_hint"
    validate={rules}
    multiline
    minRows={2}
    fullWidth
  />
);
