import { EmailField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/fields/EnumField';
import { FieldGroup } from '../common/fields/FieldGroup';
import { FunnelStatusField } from '../common/fields/FunnelStatusField';
import { LocalDateField } from '../common/fields/LocalDateField';
import { StaleVersionAlert, StaleVersionProvider } from '../common/forms/StaleVersion';
import { OrgUnitLink } from '../common/org-unit/OrgUnitLink';
import { StaffActions } from './StaffActions';

export const StaffShow = () => (
  <StaleVersionProvider>
    <Show actions={<StaffActions />}>
      <StaleVersionAlert />
      <SimpleShowLayout>
        <FieldGroup>
          <TextField source="fullName" />
          <EnumField source="role" enumName="staffRole" />
          <OrgUnitLink label="cutover.staff.placement" />
          <TextField source="externalId" emptyText="—" />
        </FieldGroup>
        <FieldGroup titleKey="cutover.staff.status">
          <FunnelStatusField source="funnelStatus" />
          <LocalDateField source="invitedAt" showTime emptyText="—" />
          <LocalDateField source="registeredAt" showTime emptyText="—" />
          <LocalDateField source="lastActiveAt" showTime emptyText="—" />
          <LocalDateField source="deactivatedAt" showTime emptyText="—" />
        </FieldGroup>
        <FieldGroup titleKey="cutover.staff.contacts">
          <TextField source="phone" emptyText="—" />
          <EmailField source="email" emptyText="—" />
        </FieldGroup>
      </SimpleShowLayout>
    </Show>
  </StaleVersionProvider>
);
