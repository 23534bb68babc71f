import { DateField, EmailField, Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../fields/EnumField';
import { OrgUnitLink } from '../org-units/OrgUnitLink';
import { FunnelStatusField } from './FunnelStatusField';
import { StaffSection } from './StaffSection';

export const StaffShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="fullName" />
      <EnumField source="role" enumName="staffRole" />
      <Labeled label="cutover.staff.placement">
        <OrgUnitLink />
      </Labeled>
      <StaffSection titleKey="cutover.staff.status">
        <FunnelStatusField source="funnelStatus" />
        <DateField source="invitedAt" showTime emptyText="—" />
        <DateField source="registeredAt" showTime emptyText="—" />
        <DateField source="lastActiveAt" showTime emptyText="—" />
        <DateField source="deactivatedAt" showTime emptyText="—" />
      </StaffSection>
      <StaffSection titleKey="cutover.staff.contacts">
        <TextField source="phone" emptyText="—" />
        <EmailField source="email" emptyText="—" />
      </StaffSection>
      <TextField source="externalId" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
