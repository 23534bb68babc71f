import Button from '@mui/material/Button';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Form, required, TextInput, useLogin, useTranslate } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError';
import type { SecondFactorStep } from '../providers/secondFactor';
import { EnrolmentKey } from './EnrolmentKey';
import { SubmitButton } from './SubmitButton';

interface TotpFormProps {
  step: SecondFactorStep;
  onBack: () => void;
}

export const TotpForm = ({ step, onBack }: TotpFormProps) => {
  const login = useLogin();
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      await login({ code: typeof values.code === 'string' ? values.code : '' });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate>
      <CardContent>
        <Typography component="h2" variant="subtitle1" gutterBottom>
          {translate('cutover.auth.totp_heading')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate(
            step.kind === 'enrol'
              ? 'cutover.auth.totp_enrol_hint'
              : 'cutover.auth.totp_verify_hint',
          )}
        </Typography>
        {step.kind === 'enrol' ? <EnrolmentKey secret={step.secret} uri={step.uri} /> : null}
        <TextInput
          source="code"
          label="cutover.auth.code"
          autoComplete="one-time-code"
          autoFocus
          validate={required()}
          fullWidth
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
        />
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, flexDirection: 'column', gap: 1 }}>
        <SubmitButton busy={busy} labelKey="cutover.auth.verify" />
        <Button onClick={onBack} fullWidth>
          {translate('cutover.auth.back')}
        </Button>
      </CardActions>
    </Form>
  );
};
