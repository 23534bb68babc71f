import {
  DataTable,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField } from '../common/fields/DayField';
import { FieldGroup } from '../common/fields/FieldGroup';
import { StaleVersionAlert, StaleVersionProvider } from '../common/forms/StaleVersion';
import type { CardContent } from '../common/list/CardList';
import { ChildList } from '../common/org-unit/ChildList';
import type { WaveRow } from '../common/wave-fields/types';
import { useWaveName } from '../common/wave-fields/waveNames';
import { WaveActions } from './WaveActions';

/** A deadline set below the national one, as a phone shows it. */
const deadlineCard: CardContent<{ id: number; orgUnitName: string; reason: string }> = {
  primary: (row) => row.orgUnitName,
  secondary: () => <DayField source="deadline" />,
  tertiary: (row) => row.reason,
};

/** "Wave: School chats", in the interface language (a record representation cannot be). */
const WaveTitle = () => {
  const record = useRecordContext<WaveRow>();
  const translate = useTranslate();
  const name = useWaveName();
  if (!record) return null;
  return (
    <>
      {translate('ra.page.show', {
        name: translate('resources.waves.name', { smart_count: 1 }),
        recordRepresentation: name(record),
      })}
    </>
  );
};

export const WaveShow = () => (
  <StaleVersionProvider>
    <Show title={<WaveTitle />} actions={<WaveActions />}>
      <StaleVersionAlert />
      <SimpleShowLayout>
        <FieldGroup>
          <TextField source="nameEn" />
          <TextField source="nameRu" />
          <TextField source="code" />
          <DayField source="opensOn" />
          <DayField source="nationalDeadline" />
          <DayField source="closedOn" emptyText="—" />
        </FieldGroup>
        <ChildList card={deadlineCard} reference="deadlines" target="waveId" sortField="deadline">
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="orgUnitName" disableSort />
            <DataTable.Col source="deadline">
              <DayField source="deadline" />
            </DataTable.Col>
            <DataTable.Col source="reason" disableSort />
            <DataTable.Col source="setByLogin" disableSort>
              <TextField source="setByLogin" emptyText="—" />
            </DataTable.Col>
          </DataTable>
        </ChildList>
      </SimpleShowLayout>
    </Show>
  </StaleVersionProvider>
);
