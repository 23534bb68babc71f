import { DataTable, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/fields/EnumField';
import { FieldGroup } from '../common/fields/FieldGroup';
import { LocalDateField } from '../common/fields/LocalDateField';
import { institutionCard } from '../common/list/cards';
import { ChildList } from '../common/org-unit/ChildList';
import { OrgBreadcrumb } from '../common/org-unit/OrgBreadcrumb';
import { OrgUnitShowPage } from '../common/org-unit/OrgUnitShowPage';
import { SubtreeCounts } from '../common/org-unit/SubtreeCounts';
import type { OrgUnitRow } from '../common/rows';

export const MunicipalityShow = () => (
  <OrgUnitShowPage>
    <SimpleShowLayout>
      <OrgBreadcrumb />
      <FieldGroup>
        <TextField source="name" />
        <TextField source="nameEn" emptyText="—" />
        <TextField source="code" />
        <TextField source="authorityName" emptyText="—" />
        <LocalDateField source="validFrom" />
      </FieldGroup>
      <SubtreeCounts counts={['institutions', 'staff']} />
      <ChildList card={institutionCard} reference="institutions" target="parentId" sortField="name">
        <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code" />
          <DataTable.Col source="kind">
            <EnumField source="kind" enumName="kind" />
          </DataTable.Col>
        </DataTable>
      </ChildList>
    </SimpleShowLayout>
  </OrgUnitShowPage>
);
