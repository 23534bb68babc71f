import { CreateButton, DataTable, NumberField, TopToolbar } from 'react-admin';
import { ExportButton } from '../common/export/ExportButton';
import { LocalDateField } from '../common/fields/LocalDateField';
import type { CardContent } from '../common/list/CardList';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import { ImportStatusField } from './ImportStatusField';
import type { ImportRow } from './types';

// Long school and file names wrap rather than push the toolbar off the screen.
const narrow = () => ({ maxWidth: 220, overflowWrap: 'anywhere' as const });

const ListActions = () => (
  <TopToolbar>
    <CreateButton label="cutover.imports.upload" />
    <ExportButton report="imports" title="cutover.exports.titles.imports" />
  </TopToolbar>
);

const card: CardContent<ImportRow> = {
  primary: (job) => job.fileName ?? `#${job.id}`,
  secondary: () => (
    <>
      <ImportStatusField /> <LocalDateField source="createdAt" showTime />
    </>
  ),
  tertiary: (job) => job.scopeName,
};

/** Every upload in the reader's subtree, newest first, with what each did or would do. */
export const ImportList = () => (
  <ListPage
    sort={{ field: 'id', order: 'DESC' }}
    exporter={false}
    perPage={25}
    actions={<ListActions />}
    // The toolbar's upload button stays put; an empty table says there is nothing yet.
    empty={false}
  >
    <ListBody
      card={card}
      table={
        <DataTable<ImportRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="id" />
          <DataTable.Col source="createdAt">
            <LocalDateField source="createdAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="fileName" disableSort cellSx={narrow} />
          <DataTable.Col source="status">
            <ImportStatusField />
          </DataTable.Col>
          <DataTable.Col source="counts.rows" disableSort>
            <NumberField source="counts.rows" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="scopeName" disableSort cellSx={narrow} />
          <DataTable.Col source="createdByLogin" disableSort />
        </DataTable>
      }
    />
  </ListPage>
);
