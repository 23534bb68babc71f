import { MIN_PASSWORD_LENGTH } from '@cutover/domain';
import {
  FormDataConsumer,
  maxLength,
  minLength,
  PasswordInput,
  required,
  TextInput,
  useTranslate,
} from 'react-admin';
import { RoleInput } from './RoleInput';
import { ScopeInput } from './ScopeInput';

/** The account form, shared by create and edit; login and password are set only on create. */
export const UserInputs = ({ creating = false }: { creating?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      {creating ? (
        <TextInput
          source="login"
          validate={[required(), minLength(3), maxLength(200)]}
          helperText="cutover.users.login_hint"
          autoComplete="off"
        />
      ) : null}
      <TextInput source="displayName" validate={[required(), maxLength(200)]} />
      <RoleInput />
      <FormDataConsumer<{ role?: unknown }>>
        {({ formData }) => <ScopeInput role={formData.role} />}
      </FormDataConsumer>
      {creating ? (
        <PasswordInput
          source="password"
          validate={[required(), minLength(MIN_PASSWORD_LENGTH)]}
          helperText={translate('cutover.users.password_hint', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
        />
      ) : null}
    </>
  );
};
