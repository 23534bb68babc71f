import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ComponentProps } from 'react';
import { type HttpError, Link, useTranslate } from 'react-admin';

/** The way back to the user's own scope (a node outside it answers "not found"). */
export type ToScope =
  | { label: string; to: ComponentProps<typeof Link>['to'] }
  | { label: string; onClick: () => void };

export interface LoadFailureProps {
  error: HttpError;
  onRetry: () => void;
  /** i18n keys: the sentence before the server's reason, and the retry button. */
  labels: { failed: string; retry: string };
  /** A link after the message, or a button beside "retry". */
  toScope?: ToScope | undefined;
}

/** A failed read in place of its content; the toast from useApiQuery says the same. */
export const LoadFailure = ({ error, onRetry, labels, toScope }: LoadFailureProps) => {
  const translate = useTranslate();
  const scopeButton =
    toScope && 'onClick' in toScope ? (
      <Button color="inherit" size="small" onClick={toScope.onClick}>
        {translate(toScope.label)}
      </Button>
    ) : null;
  const scopeLink =
    toScope && 'to' in toScope ? (
      <>
        {' '}
        <Link to={toScope.to} sx={{ color: 'inherit', textDecoration: 'underline' }}>
          {translate(toScope.label)}
        </Link>
      </>
    ) : null;
  const retry = (
    <Button color="inherit" size="small" onClick={onRetry}>
      {translate(labels.retry)}
    </Button>
  );
  return (
    <Alert
      severity="error"
      action={
        scopeButton ? (
          <Stack direction="row" spacing={1}>
            {scopeButton}
            {retry}
          </Stack>
        ) : (
          retry
        )
      }
    >
      {translate(labels.failed)} {translate(error.message, { _: '' })}
      {scopeLink}
    </Alert>
  );
};
