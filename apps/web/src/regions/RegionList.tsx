import { DataTable } from 'react-admin';
import { ExportListActions } from '../common/export/ExportListActions';
import { LocalNumberCol } from '../common/fields/LocalNumber';
import { unitCard } from '../common/list/cards';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import { QuickSearch } from '../common/org-unit/QuickSearch';
import type { OrgUnitRow } from '../common/rows';

const filters = [<QuickSearch key="q" source="q" alwaysOn />];

// Exports are streamed by the server; react-admin's in-browser CSV export stays off.
export const RegionList = () => (
  <ListPage
    actions={<ExportListActions report="regions" title="cutover.exports.titles.regions" />}
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    exporter={false}
    perPage={25}
  >
    <ListBody
      card={unitCard}
      table={
        <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code" />
          <LocalNumberCol source="populationK" />
          <LocalNumberCol source="childCount" disableSort />
        </DataTable>
      }
    />
  </ListPage>
);
