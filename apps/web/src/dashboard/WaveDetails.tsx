import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { BurnupPanel } from './BurnupPanel';
import { ChildrenPanel } from './ChildrenPanel';
import { FunnelPanel } from './FunnelPanel';
import type { Drill, SummaryNode, WaveSummary } from './types';
import { useFormat } from './useFormat';
import { WorstPanel } from './WorstPanel';

interface WaveDetailsProps {
  node: SummaryNode;
  row: WaveSummary;
  asOf: string | undefined;
  drill: Drill;
}

/** The selected wave at the node: history, funnel, the units below and the laggards. */
export const WaveDetails = ({ node, row, asOf, drill }: WaveDetailsProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const id = useId();
  const waveId = row.wave.id;
  const institution = node.level === 'institution';
  return (
    <Box
      component="section"
      aria-labelledby={id}
      sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Typography id={id} component="h2" variant="h6">
        {translate('cutover.dashboard.details', { wave: format.waveName(row.wave) })}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
        }}
      >
        <BurnupPanel nodeId={node.id} row={row} asOf={asOf} />
        <FunnelPanel metrics={row.metrics} />
      </Box>
      {institution ? (
        <Typography variant="body2">{translate('cutover.dashboard.institution_only')}</Typography>
      ) : (
        <>
          <ChildrenPanel node={node} waveId={waveId} asOf={asOf} drill={drill} />
          <WorstPanel nodeId={node.id} waveId={waveId} asOf={asOf} drill={drill} />
        </>
      )}
    </Box>
  );
};
