import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../fields/EnumField';
import { FieldGroup } from '../fields/FieldGroup';
import { LocalDateField } from '../fields/LocalDateField';
import { StaleVersionAlert, StaleVersionProvider } from '../org-units/StaleVersion';
import { UserActions } from './UserActions';
import { TwoStepField, UserStatusField } from './UserStatusField';

export const UserShow = () => (
  <StaleVersionProvider>
    <Show actions={<UserActions />}>
      <StaleVersionAlert />
      <SimpleShowLayout>
        <FieldGroup>
          <TextField source="displayName" />
          <TextField source="login" />
          <EnumField source="role" enumName="userRole" />
          <TextField source="scopeName" />
          <UserStatusField source="disabled" />
        </FieldGroup>
        <FieldGroup titleKey="cutover.users.activity">
          <TwoStepField source="totpEnabled" />
          <LocalDateField source="lastSignInAt" showTime emptyText="—" />
          <LocalDateField source="disabledAt" showTime emptyText="—" />
          <LocalDateField source="createdAt" showTime />
          <LocalDateField source="updatedAt" showTime />
        </FieldGroup>
      </SimpleShowLayout>
    </Show>
  </StaleVersionProvider>
);
