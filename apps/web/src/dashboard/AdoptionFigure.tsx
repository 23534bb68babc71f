import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { WaveMetrics } from './types';
import { useFormat } from './useFormat';

/**
 * The headline share with what it was computed from, so a reader can check it: the
 * numerator's meaning, numerator of denominator, and the denominator's source and date.
 */
export const AdoptionFigure = ({ metrics }: { metrics: WaveMetrics }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { adoption } = metrics;
  const source = translate(`cutover.dashboard.source.${adoption.source}`, { _: adoption.source });
  return (
    <Box>
      <Typography component="p" variant="h4" sx={{ fontWeight: 600, lineHeight: 1.2 }}>
        {format.percent(adoption.value)}
      </Typography>
      <Typography variant="body2">
        {translate(`cutover.dashboard.metric.${metrics.metric}`, { _: metrics.metric })}
        {': '}
        {translate('cutover.dashboard.of', {
          numerator: format.count(adoption.numerator),
          denominator: format.count(adoption.denominator),
        })}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {adoption.denominator > 0
          ? translate('cutover.dashboard.denominator', { source, day: format.day(adoption.asOf) })
          : translate('cutover.dashboard.no_denominator')}
      </Typography>
    </Box>
  );
};
