import { EmailField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../fields/EnumField';
import { FieldGroup } from '../fields/FieldGroup';
import { LocalDateField } from '../fields/LocalDateField';
import { OrgUnitLink } from '../org-units/OrgUnitLink';
import { StaleVersionAlert, StaleVersionProvider } from '../org-units/StaleVersion';
import { FunnelStatusField } from './FunnelStatusField';
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
