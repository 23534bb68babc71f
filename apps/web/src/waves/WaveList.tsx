import { DataTable, List } from 'react-admin';
import { WaveListActions } from './WaveActions';
import { DayField } from '../common/fields/DayField';
import type { WaveRow } from '../common/wave-fields/types';
import { WaveNameField } from '../common/wave-fields/waveNames';

/** The national waves in their order; the server returns them all, so no paging or sorting. */
export const WaveList = () => (
  <List exporter={false} pagination={false} actions={<WaveListActions />}>
    <DataTable<WaveRow> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort>
        <WaveNameField />
      </DataTable.Col>
      <DataTable.Col source="code" disableSort />
      <DataTable.Col source="opensOn" disableSort>
        <DayField source="opensOn" />
      </DataTable.Col>
      <DataTable.Col source="nationalDeadline" disableSort>
        <DayField source="nationalDeadline" />
      </DataTable.Col>
      <DataTable.Col source="closedOn" disableSort>
        <DayField source="closedOn" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
