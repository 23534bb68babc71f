import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { isMapPoint } from './mapPoints';
import { useFormat } from './useFormat';

interface MapTooltipProps {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}

/** The unit under the pointer: its name, share done and risk. */
export const MapTooltip = ({ active, payload }: MapTooltipProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const point = payload?.[0]?.payload;
  if (!active || !isMapPoint(point)) return null;
  return (
    <Paper elevation={3} sx={{ px: 1.5, py: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {point.name}
      </Typography>
      <Typography variant="body2">
        {format.percent(point.percent)} · {translate(`cutover.dashboard.risk.${point.risk}`)}
      </Typography>
    </Paper>
  );
};
