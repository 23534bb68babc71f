import { DateInput, required, TextInput } from 'react-admin';
import { OrgUnitSearchInput } from '../org-units/OrgUnitSearchInput';
import { reasonRules } from '../org-units/ReasonInput';
import { WaveInput } from '../waves/WaveInput';

/**
 * The unit, the wave, the date and why. Setting again replaces the unit's own earlier date,
 * so editing is setting with the unit and wave fixed.
 */
export const DeadlineInputs = ({ fixedTarget = false }: { fixedTarget?: boolean }) => (
  <>
    <OrgUnitSearchInput
      source="orgUnitId"
      validate={required()}
      readOnly={fixedTarget}
      helperText="cutover.deadlines.unit_hint"
    />
    <WaveInput source="waveId" validate={required()} readOnly={fixedTarget} />
    <DateInput source="deadline" validate={required()} />
    <TextInput
      source="reason"
      multiline
      minRows={2}
      validate={reasonRules}
      helperText="cutover.deadlines.reason_hint"
      sx={{ minWidth: { sm: 480 } }}
    />
  </>
);
