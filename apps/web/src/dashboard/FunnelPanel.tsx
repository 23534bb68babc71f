import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { ADOPTION_FILL, STAGE_FILL } from './chartColours';
import { FunnelChart } from './charts';
import { adoptionStage, funnelBars, isWaveMetric } from './funnel';
import { Panel } from './Panel';
import type { WaveMetrics } from './types';

const Swatch = ({ colour, label }: { colour: string; label: string }) => (
  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mr: 2 }}>
    <Box component="span" aria-hidden sx={{ width: 12, height: 12, bgcolor: colour }} />
    {label}
  </Box>
);

/** The selected wave's funnel: registration is a stage of its own, never adoption. */
export const FunnelPanel = ({ metrics }: { metrics: WaveMetrics }) => {
  const translate = useTranslate();
  const { metric, adoption, funnel } = metrics;
  const bars = funnelBars(metric, adoption.denominator, funnel);
  const stage = isWaveMetric(metric) ? adoptionStage[metric] : '';
  return (
    <Panel title={translate('cutover.dashboard.funnel.title')}>
      <FunnelChart
        bars={bars}
        expectedKey={`cutover.dashboard.funnel.expected.${adoption.source}`}
      />
      <Typography variant="caption" component="p">
        <Swatch
          colour={ADOPTION_FILL}
          label={translate('cutover.dashboard.funnel.legend_adoption')}
        />
        <Swatch colour={STAGE_FILL} label={translate('cutover.dashboard.funnel.legend_other')} />
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('cutover.dashboard.funnel.adoption_note', {
          stage: translate(`cutover.dashboard.funnel.${stage}`),
        })}
      </Typography>
    </Panel>
  );
};
