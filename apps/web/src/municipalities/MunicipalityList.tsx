import { DataTable, List } from 'react-admin';
import { ExportListActions } from '../common/export/ExportListActions';
import { LocalNumberCol } from '../common/fields/LocalNumber';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { ParentField } from '../common/org-unit/ParentField';
import { QuickSearch } from '../common/org-unit/QuickSearch';
import type { OrgUnitRow } from '../common/rows';

const filters = [
  <QuickSearch key="q" source="q" alwaysOn />,
  <OrgReferenceInput key="parentId" source="parentId" reference="regions" alwaysOn />,
];

export const MunicipalityList = () => (
  <List
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    exporter={false}
    actions={
      <ExportListActions report="municipalities" title="cutover.exports.titles.municipalities" />
    }
    perPage={25}
  >
    <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
      <DataTable.Col source="parentId" disableSort>
        <ParentField reference="regions" />
      </DataTable.Col>
      <LocalNumberCol source="childCount" disableSort />
    </DataTable>
  </List>
);
