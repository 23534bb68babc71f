import { DataTable } from 'react-admin';
import { DayField } from '../common/fields/DayField';
import type { CardContent } from '../common/list/CardList';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import type { WaveRow } from '../common/wave-fields/types';
import { WaveNameField } from '../common/wave-fields/waveNames';
import { WaveListActions } from './WaveActions';

const card: CardContent<WaveRow> = {
  primary: (wave) => wave.code,
  secondary: () => <WaveNameField />,
  tertiary: () => (
    <>
      <DayField source="opensOn" /> – <DayField source="nationalDeadline" />
    </>
  ),
};

/** The national waves in their order; the server returns them all, so no paging or sorting. */
export const WaveList = () => (
  <ListPage exporter={false} pagination={false} actions={<WaveListActions />}>
    <ListBody
      card={card}
      table={
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
      }
    />
  </ListPage>
);
