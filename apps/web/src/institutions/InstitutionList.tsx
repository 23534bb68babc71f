import { DataTable } from 'react-admin';
import { ExportListActions } from '../common/export/ExportListActions';
import { EnumField } from '../common/fields/EnumField';
import { institutionCard } from '../common/list/cards';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import { ParentField } from '../common/org-unit/ParentField';
import type { OrgUnitRow } from '../common/rows';
import { institutionFilters } from './institutionFilters';

export const InstitutionList = () => (
  <ListPage
    filters={institutionFilters}
    sort={{ field: 'name', order: 'ASC' }}
    exporter={false}
    actions={
      <ExportListActions report="institutions" title="cutover.exports.titles.institutions" />
    }
    perPage={25}
  >
    <ListBody
      card={institutionCard}
      table={
        <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code" />
          <DataTable.Col source="kind">
            <EnumField source="kind" enumName="kind" />
          </DataTable.Col>
          <DataTable.Col source="parentId" disableSort>
            <ParentField reference="municipalities" />
          </DataTable.Col>
        </DataTable>
      }
    />
  </ListPage>
);
