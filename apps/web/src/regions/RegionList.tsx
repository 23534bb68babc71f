import { DataTable, List } from 'react-admin';
import { ExportListActions } from '../common/export/ExportListActions';
import { LocalNumberCol } from '../common/fields/LocalNumber';
import { QuickSearch } from '../common/org-unit/QuickSearch';
import type { OrgUnitRow } from '../common/rows';

const filters = [<QuickSearch key="q" source="q" alwaysOn />];

// Exports are streamed by the server; react-admin's in-browser CSV export stays off.
export const RegionList = () => (
  <List
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    exporter={false}
    actions={<ExportListActions report="regions" title="cutover.exports.titles.regions" />}
    perPage={25}
  >
    <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
      <LocalNumberCol source="populationK" />
      <LocalNumberCol source="childCount" disableSort />
    </DataTable>
  </List>
);
