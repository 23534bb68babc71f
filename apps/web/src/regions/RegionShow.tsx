import { DataTable, DateField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ChildList } from '../org-units/ChildList';
import { OrgBreadcrumb } from '../org-units/OrgBreadcrumb';
import { SubtreeCounts } from '../org-units/SubtreeCounts';
import type { OrgUnitRow } from '../org-units/types';

export const RegionShow = () => (
  <Show>
    <SimpleShowLayout>
      <OrgBreadcrumb />
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="authorityName" emptyText="—" />
      <NumberField source="populationK" emptyText="—" />
      <DateField source="validFrom" />
      <SubtreeCounts counts={['childCount', 'institutions', 'staff']} />
      <ChildList reference="municipalities" target="parentId" sortField="name">
        <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code" />
          <DataTable.NumberCol source="childCount" disableSort />
        </DataTable>
      </ChildList>
    </SimpleShowLayout>
  </Show>
);
