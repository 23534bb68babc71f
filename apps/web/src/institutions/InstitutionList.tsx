import { DataTable } from 'react-admin';
import { EnumField } from '../common/fields/EnumField';
import { institutionCard } from '../common/list/cards';
import { OrgUnitListPage } from '../common/org-unit/OrgUnitListPage';
import { ParentField } from '../common/org-unit/ParentField';
import { institutionFilters } from './institutionFilters';

export const InstitutionList = () => (
  <OrgUnitListPage report="institutions" filters={institutionFilters} card={institutionCard}>
    <DataTable.Col source="kind">
      <EnumField source="kind" enumName="kind" />
    </DataTable.Col>
    <DataTable.Col source="parentId" disableSort>
      <ParentField reference="municipalities" />
    </DataTable.Col>
  </OrgUnitListPage>
);
