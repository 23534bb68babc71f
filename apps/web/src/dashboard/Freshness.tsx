import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { toInstant } from './format';
import type { Summary } from './types';
import { useFormat } from './useFormat';

/** How fresh the figures are: when the live rollup was computed, or the past day shown. */
export const Freshness = ({ summary }: { summary: Summary }) => {
  const translate = useTranslate();
  const format = useFormat();
  const computedAt = toInstant(summary.computedAt);
  let text: string;
  if (!summary.live) {
    text = translate('cutover.dashboard.as_of_day', { day: format.day(summary.asOf) });
  } else if (computedAt) {
    text = translate('cutover.dashboard.computed_at', { time: format.instant(computedAt) });
  } else {
    text = translate('cutover.dashboard.not_computed');
  }
  return (
    <Typography variant="body2" color="text.secondary">
      {text}
    </Typography>
  );
};
