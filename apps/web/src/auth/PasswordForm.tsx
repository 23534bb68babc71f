import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import { useState } from 'react';
import { Form, required, TextInput, useLogin } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError';
import { SecondFactorDue, type SecondFactorStep } from '../providers/secondFactor';
import { SubmitButton } from './SubmitButton';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const PasswordForm = ({
  onSecondFactor,
}: {
  onSecondFactor: (step: SecondFactorStep) => void;
}) => {
  const login = useLogin();
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      await login({ username: text(values.username), password: text(values.password) });
    } catch (error) {
      if (error instanceof SecondFactorDue) onSecondFactor(error.step);
      else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate>
      <CardContent>
        <TextInput
          source="username"
          label="cutover.auth.login"
          autoComplete="username"
          autoFocus
          validate={required()}
          fullWidth
        />
        <TextInput
          source="password"
          type="password"
          label="cutover.auth.password"
          autoComplete="current-password"
          validate={required()}
          fullWidth
        />
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        <SubmitButton busy={busy} labelKey="cutover.auth.sign_in" />
      </CardActions>
    </Form>
  );
};
