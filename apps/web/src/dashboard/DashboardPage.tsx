import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useMemo } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import { AsOfPicker } from './AsOfPicker';
import { dashboardApi } from './api';
import { DashboardHeader } from './DashboardHeader';
import { DashboardSkeleton } from './DashboardSkeleton';
import { DashboardView } from './DashboardView';
import { LoadError } from './LoadError';
import { useDashboardParams } from './useDashboardParams';

/**
 * react-admin's home page: adoption at the user's scope node, or the node in the URL. The
 * date field stays in place while figures reload, so typing a date never loses focus.
 */
export const DashboardPage = () => {
  const translate = useTranslate();
  const { params, show } = useDashboardParams();
  const { nodeId, asOf } = params;
  const fetcher = useMemo(() => dashboardApi.summary({ nodeId, asOf }), [nodeId, asOf]);
  const summary = useApiQuery(fetcher);
  const { data } = summary;
  const earliest = data?.waves.map((row) => row.wave.opensOn).sort()[0];
  return (
    <Box sx={{ py: 2, px: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Title title={translate('ra.page.dashboard')} />
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>
          {data ? (
            <DashboardHeader summary={data} params={params} />
          ) : summary.error ? null : (
            <>
              <Skeleton variant="text" width="45%" height={40} />
              <Skeleton variant="text" width="30%" />
            </>
          )}
        </Box>
        <AsOfPicker
          value={asOf}
          earliest={earliest}
          onChange={(day) => show({ ...params, asOf: day }, { replace: true })}
        />
      </Box>
      {summary.error ? (
        <LoadError error={summary.error} onRetry={summary.retry} toScope={nodeId !== undefined} />
      ) : data ? (
        <DashboardView summary={data} params={params} show={show} />
      ) : (
        <DashboardSkeleton />
      )}
    </Box>
  );
};
