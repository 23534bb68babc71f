import Skeleton from '@mui/material/Skeleton';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { NodePage } from '../common/node-page/NodePage';
import { useApiQuery } from '../common/useApiQuery';
import { dashboardApi } from './api';
import { DashboardHeader } from './DashboardHeader';
import { DashboardSkeleton } from './DashboardSkeleton';
import { DashboardView } from './DashboardView';
import { dashboardFailureLabels } from './LoadError';
import { dashboardPath, useDashboardParams } from './useDashboardParams';

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
    <NodePage
      title={translate('ra.page.dashboard')}
      query={summary}
      gap={3}
      header={
        data ? (
          <DashboardHeader summary={data} params={params} />
        ) : summary.error ? null : (
          <>
            <Skeleton variant="text" width="45%" height={40} />
            <Skeleton variant="text" width="30%" />
          </>
        )
      }
      asOf={{
        value: asOf,
        earliest,
        onChange: (day) => show({ ...params, asOf: day }, { replace: true }),
      }}
      failure={{
        labels: dashboardFailureLabels,
        toScope:
          nodeId === undefined
            ? undefined
            : { label: 'cutover.dashboard.to_scope', to: dashboardPath({}) },
      }}
      skeleton={<DashboardSkeleton />}
    >
      {(summaryData) => <DashboardView summary={summaryData} params={params} show={show} />}
    </NodePage>
  );
};
