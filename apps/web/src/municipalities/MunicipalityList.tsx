import { DataTable } from 'react-admin';
import { LocalNumberCol } from '../common/fields/LocalNumber';
import { unitCard } from '../common/list/cards';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { OrgUnitListPage } from '../common/org-unit/OrgUnitListPage';
import { ParentField } from '../common/org-unit/ParentField';
import { QuickSearch } from '../common/org-unit/QuickSearch';

const filters = [
  <QuickSearch key="q" source="q" alwaysOn />,
  <OrgReferenceInput key="parentId" source="parentId" reference="regions" alwaysOn />,
];

export const MunicipalityList = () => (
  <OrgUnitListPage report="municipalities" filters={filters} card={unitCard}>
    <DataTable.Col source="parentId" disableSort>
      <ParentField reference="regions" />
    </DataTable.Col>
    <LocalNumberCol source="childCount" disableSort />
  </OrgUnitListPage>
);
