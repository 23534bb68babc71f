import { DataTable, SimpleShowLayout, TextField } from 'react-admin';
import { chatColumns } from '../common/chat-table/ChatColumns';
import type { ChatRow } from '../common/chat-table/types';
import { EnumField } from '../common/fields/EnumField';
import { FieldGroup } from '../common/fields/FieldGroup';
import { FunnelStatusField } from '../common/fields/FunnelStatusField';
import { LocalDateField } from '../common/fields/LocalDateField';
import { chatCard, staffCard } from '../common/list/cards';
import { ChildList } from '../common/org-unit/ChildList';
import { OrgBreadcrumb } from '../common/org-unit/OrgBreadcrumb';
import { OrgUnitShowPage } from '../common/org-unit/OrgUnitShowPage';
import { SubtreeCounts } from '../common/org-unit/SubtreeCounts';
import type { StaffRow } from '../common/rows';

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
      <ChildList card={staffCard} reference="staff" target="orgUnitId" sortField="fullName">
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
      <ChildList card={chatCard} reference="chats" target="orgUnitId" sortField="title">
        <DataTable<ChatRow> rowClick="show" bulkActionButtons={false}>
          {chatColumns}
        </DataTable>
      </ChildList>
    </SimpleShowLayout>
  </OrgUnitShowPage>
);
