import type { HttpError } from 'react-admin';
import { LoadFailure } from '../common/node-page/LoadFailure';
import { dashboardPath } from './useDashboardParams';

interface LoadErrorProps {
  error: HttpError;
  onRetry: () => void;
  /** Offer the way back to the user's own scope (a node outside it answers "not found"). */
  toScope?: boolean;
}

export const dashboardFailureLabels = {
  failed: 'cutover.dashboard.error',
  retry: 'cutover.dashboard.retry',
};

/** A failed call in place of one panel's figures, or of the whole dashboard. */
export const LoadError = ({ error, onRetry, toScope = false }: LoadErrorProps) => (
  <LoadFailure
    error={error}
    onRetry={onRetry}
    labels={dashboardFailureLabels}
    toScope={toScope ? { label: 'cutover.dashboard.to_scope', to: dashboardPath({}) } : undefined}
  />
);
