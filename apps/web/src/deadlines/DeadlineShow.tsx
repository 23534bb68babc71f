import {
  DeleteButton,
  EditButton,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { DayField } from '../common/fields/DayField';
import { FieldGroup } from '../common/fields/FieldGroup';
import { LocalDateField } from '../common/fields/LocalDateField';
import { WaveOfRowField } from '../common/wave-fields/waveNames';
import type { DeadlineRow } from './types';

/** Changing the date, or removing the override: the unit then inherits from above again. */
const DeadlineActions = () => {
  const record = useRecordContext<DeadlineRow>();
  const { canAccess } = useCanAccess({ resource: 'deadlines', action: 'delete' });
  if (!record || !canAccess) return <TopToolbar />;
  return (
    <TopToolbar>
      <EditButton />
      <DeleteButton
        mutationMode="pessimistic"
        label="cutover.deadlines.remove"
        confirmTitle="cutover.deadlines.remove_title"
        titleTranslateOptions={{ name: record.orgUnitName }}
        confirmContent="cutover.deadlines.remove_content"
        successMessage="cutover.deadlines.removed"
        redirect="list"
      />
    </TopToolbar>
  );
};

export const DeadlineShow = () => (
  <Show actions={<DeadlineActions />}>
    <SimpleShowLayout>
      <FieldGroup>
        <TextField source="orgUnitName" />
        <WaveOfRowField source="waveId" />
        <DayField source="deadline" />
      </FieldGroup>
      <FieldGroup>
        <TextField source="reason" />
        <TextField source="setByLogin" emptyText="—" />
        <LocalDateField source="setAt" showTime />
      </FieldGroup>
    </SimpleShowLayout>
  </Show>
);
