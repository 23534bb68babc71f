import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { type HttpError, useTranslate } from 'react-admin';

interface LoadFailureProps {
  error: HttpError;
  onRetry: () => void;
  /** Offer the way back to the user's own scope (a node outside it answers "not found"). */
  onScope?: (() => void) | undefined;
}

/** A failed read in place of its content; the toast says the same. */
export const LoadFailure = ({ error, onRetry, onScope }: LoadFailureProps) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      action={
        <Stack direction="row" spacing={1}>
          {onScope ? (
            <Button color="inherit" size="small" onClick={onScope}>
              {translate('cutover.policies.to_scope')}
            </Button>
          ) : null}
          <Button color="inherit" size="small" onClick={onRetry}>
            {translate('cutover.policies.retry')}
          </Button>
        </Stack>
      }
    >
      {translate('cutover.policies.load_failed')} {translate(error.message, { _: '' })}
    </Alert>
  );
};
