import { DataTable, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../fields/EnumField';
import { FieldGroup } from '../fields/FieldGroup';
import { LocalDateField } from '../fields/LocalDateField';
import { ChildList } from '../org-units/ChildList';
import { OrgBreadcrumb } from '../org-units/OrgBreadcrumb';
import { OrgUnitShowPage } from '../org-units/OrgUnitShowPage';
import { SubtreeCounts } from '../org-units/SubtreeCounts';
import type { OrgUnitRow } from '../org-units/types';

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
      <ChildList reference="institutions" target="parentId" sortField="name">
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
