import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { type HttpError, Link, useTranslate } from 'react-admin';
import { dashboardPath } from './useDashboardParams';

interface LoadErrorProps {
  error: HttpError;
  onRetry: () => void;
  /** Offer the way back to the user's own scope (a node outside it answers "not found"). */
  toScope?: boolean;
}

/** A failed call in place of its figures; the toast from useApiQuery says the same. */
export const LoadError = ({ error, onRetry, toScope = false }: LoadErrorProps) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {translate('cutover.dashboard.retry')}
        </Button>
      }
    >
      {translate('cutover.dashboard.error')} {translate(error.message, { _: '' })}
      {toScope ? (
        <>
          {' '}
          <Link to={dashboardPath({})} sx={{ color: 'inherit', textDecoration: 'underline' }}>
            {translate('cutover.dashboard.to_scope')}
          </Link>
        </>
      ) : null}
    </Alert>
  );
};
