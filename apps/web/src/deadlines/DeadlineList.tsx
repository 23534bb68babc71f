import { DataTable, TextField } from 'react-admin';
import { DayField } from '../common/fields/DayField';
import { LocalDateField } from '../common/fields/LocalDateField';
import type { CardContent } from '../common/list/CardList';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import { WaveOfRowField } from '../common/wave-fields/waveNames';
import { deadlineFilters } from './deadlineFilters';
import type { DeadlineRow } from './types';

const card: CardContent<DeadlineRow> = {
  primary: (row) => row.orgUnitName,
  secondary: () => (
    <>
      <WaveOfRowField />: <DayField source="deadline" />
    </>
  ),
  tertiary: (row) => row.reason,
};

/** Deadlines set below the national ones, each with who set it, when and why. */
export const DeadlineList = () => (
  <ListPage
    filters={deadlineFilters}
    sort={{ field: 'deadline', order: 'ASC' }}
    exporter={false}
    perPage={25}
  >
    <ListBody
      card={card}
      table={
        <DataTable<DeadlineRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="orgUnitName" disableSort />
          <DataTable.Col source="waveId" disableSort>
            <WaveOfRowField />
          </DataTable.Col>
          <DataTable.Col source="deadline">
            <DayField source="deadline" />
          </DataTable.Col>
          <DataTable.Col source="reason" disableSort />
          <DataTable.Col source="setByLogin" disableSort>
            <TextField source="setByLogin" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="setAt">
            <LocalDateField source="setAt" showTime />
          </DataTable.Col>
        </DataTable>
      }
    />
  </ListPage>
);
