import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/fields/EnumField';
import { FieldGroup } from '../common/fields/FieldGroup';
import { LocalDateField } from '../common/fields/LocalDateField';
import { StaleVersionAlert, StaleVersionProvider } from '../common/forms/StaleVersion';
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
