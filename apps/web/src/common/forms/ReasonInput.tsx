import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '@cutover/domain';
import { maxLength, minLength, required, TextInput } from 'react-admin';

/** The server's reason rule, as react-admin validators (the deadline form shares them). */
export const reasonRules = [required(), minLength(REASON_MIN_LENGTH), maxLength(REASON_MAX_LENGTH)];

/** Why a structural change was made: it goes to the audit log with the change. */
export const ReasonInput = () => (
  <TextInput
    source="reason"
    label="cutover.org_actions.reason"
    helperText="cutover.org_actions.reason_hint"
    validate={reasonRules}
    multiline
    minRows={2}
    fullWidth
  />
);
