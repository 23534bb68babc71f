import { DataTable, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../fields/EnumField';
import { FieldGroup } from '../fields/FieldGroup';
import { LocalDateField } from '../fields/LocalDateField';
import { ChildList } from '../org-units/ChildList';
import { OrgBreadcrumb } from '../org-units/OrgBreadcrumb';
import { SubtreeCounts } from '../org-units/SubtreeCounts';
import type { StaffRow } from '../org-units/types';
import { FunnelStatusField } from '../staff/FunnelStatusField';

export const InstitutionShow = () => (
  <Show>
    <SimpleShowLayout>
      <OrgBreadcrumb />
      <FieldGroup>
        <TextField source="name" />
        <TextField source="code" />
        <EnumField source="kind" enumName="kind" />
        <TextField source="authorityName" emptyText="—" />
        <LocalDateField source="validFrom" />
      </FieldGroup>
      <SubtreeCounts counts={['staff']} />
      <ChildList reference="staff" target="orgUnitId" sortField="fullName">
        <DataTable<StaffRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="fullName" />
          <DataTable.Col source="role">
            <EnumField source="role" enumName="staffRole" />
          </DataTable.Col>
          <DataTable.Col source="funnelStatus">
            <FunnelStatusField />
          </DataTable.Col>
        </DataTable>
      </ChildList>
    </SimpleShowLayout>
  </Show>
);
