import { childLevelOf } from '@cutover/domain';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { DashboardParams } from './dashboardUrl';
import type { Summary } from './types';
import { dashboardPath } from './useDashboardParams';
import { WaveCards } from './WaveCards';
import { WaveDetails } from './WaveDetails';

interface DashboardViewProps {
  summary: Summary;
  params: DashboardParams;
  show: (next: DashboardParams, options?: { replace?: boolean }) => void;
}

/** The loaded summary: a card per wave, and the selected wave in detail. */
export const DashboardView = ({ summary, params, show }: DashboardViewProps) => {
  const translate = useTranslate();
  const selected = summary.waves.find((row) => row.wave.id === params.waveId) ?? summary.waves[0];
  return (
    <>
      {selected ? (
        <>
          <WaveCards
            waves={summary.waves}
            childLevel={childLevelOf(summary.node.level)}
            thresholdPercent={summary.thresholdPercent}
            selectedId={selected.wave.id}
            onSelect={(waveId) => show({ ...params, waveId }, { replace: true })}
          />
          <WaveDetails
            node={summary.node}
            row={selected}
            asOf={summary.live ? undefined : summary.asOf}
            drill={{
              to: (nodeId) => dashboardPath({ ...params, nodeId, waveId: selected.wave.id }),
              open: (nodeId) => show({ ...params, nodeId, waveId: selected.wave.id }),
            }}
          />
        </>
      ) : (
        <Typography>{translate('cutover.dashboard.empty', { name: summary.node.name })}</Typography>
      )}
    </>
  );
};
