import { DataTable } from 'react-admin';
import { LocalNumberCol } from '../common/fields/LocalNumber';
import type { CardContent } from '../common/list/CardList';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import { ChildCount } from '../common/org-unit/ChildCount';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { ParentField } from '../common/org-unit/ParentField';
import { QuickSearch } from '../common/org-unit/QuickSearch';
import type { OrgUnitRow } from '../common/rows';

const filters = [
  <QuickSearch key="q" source="q" alwaysOn />,
  <OrgReferenceInput key="parentId" source="parentId" reference="regions" alwaysOn />,
];

const card: CardContent<OrgUnitRow> = {
  primary: (unit) => unit.name,
  secondary: () => <ChildCount />,
  tertiary: (unit) => unit.parentName,
};

export const MunicipalityList = () => (
  <ListPage filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false} perPage={25}>
    <ListBody
      card={card}
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
