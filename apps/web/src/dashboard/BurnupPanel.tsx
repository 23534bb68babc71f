import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import { dashboardApi } from './api';
import { BurnupChart } from './charts';
import { LoadError } from './LoadError';
import { Panel } from './Panel';
import type { WaveSummary } from './types';

interface BurnupPanelProps {
  nodeId: number;
  row: WaveSummary;
  asOf: string | undefined;
}

/** The selected wave's history at the node, loaded on its own. */
export const BurnupPanel = ({ nodeId, row, asOf }: BurnupPanelProps) => {
  const translate = useTranslate();
  const waveId = row.wave.id;
  const fetcher = useMemo(
    () => dashboardApi.burnup({ nodeId, waveId, asOf }),
    [nodeId, waveId, asOf],
  );
  const burnup = useApiQuery(fetcher);
  const { data } = burnup;
  let body: ReactNode;
  if (burnup.error) body = <LoadError error={burnup.error} onRetry={burnup.retry} />;
  else if (!data) body = <Skeleton variant="rounded" height={320} />;
  else if (data.points.length === 0)
    body = <Typography variant="body2">{translate('cutover.dashboard.burnup.empty')}</Typography>;
  else
    body = (
      <BurnupChart
        points={data.points}
        asOf={data.asOf}
        forecast={row.forecast}
        deadline={row.deadline.deadline}
      />
    );
  return <Panel title={translate('cutover.dashboard.burnup.title')}>{body}</Panel>;
};
