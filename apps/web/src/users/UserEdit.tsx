import { Edit, HttpError, SaveButton, SimpleForm, Toolbar, useRecordContext } from 'react-admin';
import {
  StaleVersionAlert,
  StaleVersionProvider,
  useStaleVersion,
} from '../common/forms/StaleVersion';
import { useNotifyError } from '../common/useNotifyError';
import type { UserRow } from './types';
import { UserActions } from './UserActions';
import { UserInputs } from './UserInputs';

const hasFieldErrors = (error: unknown) =>
  error instanceof HttpError && Object.keys(error.body?.errors ?? {}).length > 0;

// Accounts are disabled, never deleted: the audit log keeps pointing at them.
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Keyed by version: after a reload the form shows the other person's change, not stale values. */
const UserEditForm = () => {
  const record = useRecordContext<UserRow>();
  return (
    <SimpleForm key={record?.version} toolbar={<SaveOnly />}>
      <UserInputs />
    </SimpleForm>
  );
};

const UserEditPage = () => {
  const { report } = useStaleVersion();
  const notifyError = useNotifyError();
  const onError = (error: unknown) => {
    // Field errors show on their fields; a stale version gets its own notice with a reload.
    if (report(error) || hasFieldErrors(error)) return;
    notifyError(error);
  };
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{ onError }}
      redirect="show"
      actions={<UserActions editing />}
    >
      <StaleVersionAlert />
      <UserEditForm />
    </Edit>
  );
};

export const UserEdit = () => (
  <StaleVersionProvider>
    <UserEditPage />
  </StaleVersionProvider>
);
