import { DataTable, SimpleShowLayout, TextField } from 'react-admin';
import { FieldGroup } from '../fields/FieldGroup';
import { LocalDateField } from '../fields/LocalDateField';
import { LocalNumberCol, LocalNumberField } from '../fields/LocalNumber';
import { ChildList } from '../org-units/ChildList';
import { OrgBreadcrumb } from '../org-units/OrgBreadcrumb';
import { OrgUnitShowPage } from '../org-units/OrgUnitShowPage';
import { SubtreeCounts } from '../org-units/SubtreeCounts';
import type { OrgUnitRow } from '../org-units/types';

export const RegionShow = () => (
  <OrgUnitShowPage>
    <SimpleShowLayout>
      <OrgBreadcrumb />
      <FieldGroup>
        <TextField source="name" />
        <TextField source="nameEn" emptyText="—" />
        <TextField source="code" />
        <TextField source="authorityName" emptyText="—" />
        <LocalNumberField source="populationK" emptyText="—" />
        <LocalDateField source="validFrom" />
      </FieldGroup>
      <SubtreeCounts counts={['childCount', 'institutions', 'staff']} />
      <ChildList reference="municipalities" target="parentId" sortField="name">
        <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code" />
          <LocalNumberCol source="childCount" disableSort />
        </DataTable>
      </ChildList>
    </SimpleShowLayout>
  </OrgUnitShowPage>
);
