import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import { useLater } from '../common/useLater';
import { dashboardApi } from './api';
import { chartsCode } from './charts';
import { LoadError } from './LoadError';
import { Panel } from './Panel';
import { WORST_LIMIT as LIMIT } from './prefetch';
import { worstToUnitRow } from './toUnitRow';
import type { Drill } from './types';
import { UnitTable } from './UnitTable';

/** The server's cap on a past day's assessment (MAX_ASSESSED_AS_OF in the api). */
const MAX_ASSESSED_AS_OF = 2000;

interface WorstPanelProps {
  nodeId: number;
  waveId: number;
  /** A past day: the server assesses each unfinished institution as it stood then. */
  asOf: string | undefined;
  drill: Drill;
}

/** Institutions anywhere below that are overdue, then at risk: who to call first. */
export const WorstPanel = ({ nodeId, waveId, asOf, drill }: WorstPanelProps) => {
  const translate = useTranslate();
  const fetcher = useMemo(
    () => dashboardApi.worstInstitutions({ nodeId, waveId, limit: LIMIT, asOf }),
    [nodeId, waveId, asOf],
  );
  const worst = useApiQuery(fetcher);
  const title = translate('cutover.dashboard.worst.title');
  // The panel sits below the charts: drawn after them, once their code is in.
  const later = useLater(chartsCode());
  let body: ReactNode;
  if (!later) body = <Skeleton variant="rounded" height={160} />;
  else if (worst.error) body = <LoadError error={worst.error} onRetry={worst.retry} />;
  else if (!worst.data) body = <Skeleton variant="rounded" height={160} />;
  else if (worst.data.tooMany)
    body = (
      <Typography variant="body2">
        {translate('cutover.dashboard.worst.too_many', { count: MAX_ASSESSED_AS_OF })}
      </Typography>
    );
  else if (worst.data.rows.length === 0)
    body = <Typography variant="body2">{translate('cutover.dashboard.worst.empty')}</Typography>;
  else body = <UnitTable rows={worst.data.rows.map(worstToUnitRow)} label={title} drill={drill} />;
  return <Panel title={title}>{body}</Panel>;
};
