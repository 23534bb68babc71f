import { childLevelOf } from '@cutover/domain';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Suspense, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import { useLater } from '../common/useLater';
import { dashboardApi } from './api';
import { chartsCode } from './charts';
import { LoadError } from './LoadError';
import { mapKindOf, UnitMap } from './map';
import { Panel } from './Panel';
import { childToUnitRow } from './toUnitRow';
import type { Drill, SummaryNode } from './types';
import { UnitTable } from './UnitTable';

interface ChildrenPanelProps {
  node: SummaryNode;
  waveId: number;
  asOf: string | undefined;
  drill: Drill;
}

/** The units directly below, riskiest first: on a map (country and region) and in a table. */
export const ChildrenPanel = ({ node, waveId, asOf, drill }: ChildrenPanelProps) => {
  const translate = useTranslate();
  const nodeId = node.id;
  const fetcher = useMemo(
    () => dashboardApi.children({ nodeId, waveId, asOf }),
    [nodeId, waveId, asOf],
  );
  const children = useApiQuery(fetcher);
  const level = childLevelOf(node.level) ?? 'institution';
  const title = translate(`cutover.dashboard.children.${level}`);
  // The panel sits below the charts: drawn after them, once their code is in.
  const later = useLater(chartsCode());
  const data = later ? children.data : undefined;
  if (!data) {
    return (
      <Panel title={title}>
        {children.error ? (
          <LoadError error={children.error} onRetry={children.retry} />
        ) : (
          <Skeleton variant="rounded" height={240} />
        )}
      </Panel>
    );
  }
  const rows = data.rows.map(childToUnitRow);
  const hasMap = mapKindOf(node.level) !== null;
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'start',
        gridTemplateColumns: {
          xs: 'minmax(0, 1fr)',
          xl: hasMap ? 'minmax(0, 2fr) minmax(0, 3fr)' : '1fr',
        },
      }}
    >
      {hasMap ? (
        <Panel title={translate(`cutover.dashboard.map.${level}`)}>
          <Suspense fallback={<Skeleton variant="rounded" height={240} />}>
            <UnitMap node={node} units={data.rows} drill={drill} />
          </Suspense>
        </Panel>
      ) : null}
      <Panel title={title}>
        {rows.length > 0 ? (
          <>
            <UnitTable rows={rows} label={title} drill={drill} />
            {asOf ? (
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
                {translate('cutover.dashboard.children.deadlines_as_of')}
              </Typography>
            ) : null}
          </>
        ) : (
          <Typography variant="body2">{translate('cutover.dashboard.children.empty')}</Typography>
        )}
      </Panel>
    </Box>
  );
};
