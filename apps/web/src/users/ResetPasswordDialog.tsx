import { MIN_PASSWORD_LENGTH } from '@cutover/domain';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import {
  Button,
  Form,
  minLength,
  PasswordInput,
  required,
  SaveButton,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useNotifyError } from '../login/useNotifyError';
import { useStaleVersion } from '../org-units/StaleVersion';
import { toHttpError } from '../providers/httpError';
import { trpc } from '../providers/trpcClient';
import type { UserRow } from './types';

interface ResetPasswordDialogProps {
  user: Pick<UserRow, 'id' | 'version' | 'login'>;
  onClose: () => void;
}

/** Sets a new password (the server signs the user out everywhere); not part of the data provider. */
export const ResetPasswordDialog = ({ user, onClose }: ResetPasswordDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const { report } = useStaleVersion();
  const titleId = useId();

  const submit = async (values: Record<string, unknown>) => {
    const password = typeof values.password === 'string' ? values.password : '';
    try {
      await trpc.users.resetPassword.mutate({ id: user.id, version: user.version, password });
    } catch (caught) {
      const error = toHttpError(caught);
      const fields = error.body?.errors ?? {};
      if (Object.keys(fields).length > 0) return fields;
      onClose();
      if (!report(error)) notifyError(error);
      return undefined;
    }
    onClose();
    notify('cutover.users.reset_done', { type: 'info' });
    // The version moved on: fetch it, or the next change would be refused as stale.
    refresh();
    return undefined;
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <Form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {translate('cutover.users.reset_title', { name: user.login })}
        </DialogTitle>
        <DialogContent>
          <PasswordInput
            source="password"
            label="cutover.users.new_password"
            validate={[required(), minLength(MIN_PASSWORD_LENGTH)]}
            helperText={translate('cutover.users.reset_hint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            autoFocus
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="cutover.users.reset_password" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
