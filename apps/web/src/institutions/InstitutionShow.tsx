import { DataTable, SimpleShowLayout, TextField } from 'react-admin';
import { chatColumns } from '../chats/ChatColumns';
import type { ChatRow } from '../chats/types';
import { EnumField } from '../fields/EnumField';
import { FieldGroup } from '../fields/FieldGroup';
import { LocalDateField } from '../fields/LocalDateField';
import { ChildList } from '../org-units/ChildList';
import { OrgBreadcrumb } from '../org-units/OrgBreadcrumb';
import { OrgUnitShowPage } from '../org-units/OrgUnitShowPage';
import { SubtreeCounts } from '../org-units/SubtreeCounts';
import type { StaffRow } from '../org-units/types';
import { FunnelStatusField } from '../staff/FunnelStatusField';

export const InstitutionShow = () => (
  <OrgUnitShowPage>
    <SimpleShowLayout>
      <OrgBreadcrumb />
      <FieldGroup>
        <TextField source="name" />
        <TextField source="nameEn" emptyText="—" />
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
      <ChildList reference="chats" target="orgUnitId" sortField="title">
        <DataTable<ChatRow> rowClick="show" bulkActionButtons={false}>
          {chatColumns}
        </DataTable>
      </ChildList>
    </SimpleShowLayout>
  </OrgUnitShowPage>
);
