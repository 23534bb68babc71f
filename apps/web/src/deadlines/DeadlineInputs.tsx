import { required, TextInput } from 'react-admin';
import { DayInput } from '../common/dates/DayInput';
import { reasonRules } from '../common/forms/ReasonInput';
import { OrgUnitSearchInput } from '../common/org-unit/OrgUnitSearchInput';
import { WaveInput } from '../common/wave-fields/WaveInput';

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
    <DayInput source="deadline" label="resources.deadlines.fields.deadline" validate={required()} />
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
