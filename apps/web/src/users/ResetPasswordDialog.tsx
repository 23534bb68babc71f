import { MIN_PASSWORD_LENGTH } from '@cutover/domain';
import { minLength, PasswordInput, required, useTranslate } from 'react-admin';
import { ActionDialog, type FormValues } from '../common/forms/ActionDialog';
import { useActionSubmit } from '../common/forms/useActionSubmit';
import { trpc } from '../providers/trpcClient';
import type { UserRow } from './types';

interface ResetPasswordDialogProps {
  user: Pick<UserRow, 'id' | 'version' | 'login'>;
  onClose: () => void;
}

/**
 * Sets a new password (the server signs the user out everywhere); not part of the data
 * provider. Success refreshes the page: the version moved on, and the next change would
 * otherwise be refused as stale.
 */
export const ResetPasswordDialog = ({ user, onClose }: ResetPasswordDialogProps) => {
  const translate = useTranslate();
  const submit = useActionSubmit();
  const onSubmit = (values: FormValues) => {
    const password = typeof values.password === 'string' ? values.password : '';
    return submit(
      () => trpc.users.resetPassword.mutate({ id: user.id, version: user.version, password }),
      { fields: ['password'], done: 'cutover.users.reset_done', close: onClose },
    );
  };
  return (
    <ActionDialog
      title="cutover.users.reset_title"
      titleArgs={{ name: user.login }}
      submitLabel="cutover.users.reset_password"
      onSubmit={onSubmit}
      onClose={onClose}
      maxWidth="xs"
    >
      <PasswordInput
        source="password"
        label="cutover.users.new_password"
        validate={[required(), minLength(MIN_PASSWORD_LENGTH)]}
        helperText={translate('cutover.users.reset_hint', { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        autoFocus
        fullWidth
      />
    </ActionDialog>
  );
};
