import { DataTable } from 'react-admin';
import { ExportListActions } from '../common/export/ExportListActions';
import { LocalNumberCol } from '../common/fields/LocalNumber';
import { unitCard } from '../common/list/cards';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { ParentField } from '../common/org-unit/ParentField';
import { QuickSearch } from '../common/org-unit/QuickSearch';
import type { OrgUnitRow } from '../common/rows';

const filters = [
  <QuickSearch key="q" source="q" alwaysOn />,
  <OrgReferenceInput key="parentId" source="parentId" reference="regions" alwaysOn />,
];

export const MunicipalityList = () => (
  <ListPage
    actions={
      <ExportListActions report="municipalities" title="cutover.exports.titles.municipalities" />
    }
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
          <DataTable.Col source="parentId" disableSort>
            <ParentField reference="regions" />
          </DataTable.Col>
          <LocalNumberCol source="childCount" disableSort />
        </DataTable>
      }
    />
  </ListPage>
);
