import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { Title, useTranslate } from 'react-admin';
import { dashboardApi } from './api';
import { DashboardSkeleton } from './DashboardSkeleton';
import { DashboardView } from './DashboardView';
import { LoadError } from './LoadError';
import { useApiQuery } from './useApiQuery';
import { useDashboardParams } from './useDashboardParams';

/** react-admin's home page: adoption at the user's scope node, or the node in the URL. */
export const DashboardPage = () => {
  const translate = useTranslate();
  const { params, show } = useDashboardParams();
  const { nodeId, asOf } = params;
  const fetcher = useMemo(() => dashboardApi.summary({ nodeId, asOf }), [nodeId, asOf]);
  const summary = useApiQuery(fetcher);
  return (
    <Box sx={{ py: 2, px: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Title title={translate('ra.page.dashboard')} />
      {summary.error ? (
        <LoadError error={summary.error} onRetry={summary.retry} toScope={nodeId !== undefined} />
      ) : summary.data ? (
        <DashboardView summary={summary.data} params={params} show={show} />
      ) : (
        <DashboardSkeleton />
      )}
    </Box>
  );
};
