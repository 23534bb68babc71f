import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import { dashboardApi } from './api';
import { LoadError } from './LoadError';
import { Panel } from './Panel';
import { WORST_LIMIT as LIMIT } from './prefetch';
import { worstToUnitRow } from './toUnitRow';
import type { Drill } from './types';
import { UnitTable } from './UnitTable';

interface WorstPanelProps {
  nodeId: number;
  waveId: number;
  /** The server keeps this list for live figures only: a past day shows a note instead. */
  asOf: string | undefined;
  drill: Drill;
}

/** Institutions anywhere below that are overdue, then at risk: who to call first. */
export const WorstPanel = ({ nodeId, waveId, asOf, drill }: WorstPanelProps) => {
  const translate = useTranslate();
  const fetcher = useMemo(
    () => (asOf ? null : dashboardApi.worstInstitutions({ nodeId, waveId, limit: LIMIT })),
    [nodeId, waveId, asOf],
  );
  const worst = useApiQuery(fetcher);
  const title = translate('cutover.dashboard.worst.title');
  let body: ReactNode;
  if (asOf)
    body = (
      <Typography variant="body2">{translate('cutover.dashboard.worst.live_only')}</Typography>
    );
  else if (worst.error) body = <LoadError error={worst.error} onRetry={worst.retry} />;
  else if (!worst.data) body = <Skeleton variant="rounded" height={160} />;
  else if (worst.data.rows.length === 0)
    body = <Typography variant="body2">{translate('cutover.dashboard.worst.empty')}</Typography>;
  else body = <UnitTable rows={worst.data.rows.map(worstToUnitRow)} label={title} drill={drill} />;
  return <Panel title={title}>{body}</Panel>;
};
