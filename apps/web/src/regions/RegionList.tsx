import { DataTable, List } from 'react-admin';
import { LocalNumberCol } from '../common/fields/LocalNumber';
import { QuickSearch } from '../common/org-unit/QuickSearch';
import type { OrgUnitRow } from '../common/rows';

const filters = [<QuickSearch key="q" source="q" alwaysOn />];

// Exports are streamed by the server; react-admin's in-browser CSV export stays off.
export const RegionList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false} perPage={25}>
    <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
      <LocalNumberCol source="populationK" />
      <LocalNumberCol source="childCount" disableSort />
    </DataTable>
  </List>
);
