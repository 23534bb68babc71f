import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { ChartLegendContent } from '../common/charts/ChartLegendContent';
import { mapFrame } from './geo';
import { MapTooltip } from './MapTooltip';
import { byRisk, isMapPoint, type MapPoint } from './mapPoints';
import { riskColour, riskShape } from './risk';
import type { Drill } from './types';
import { useFormat } from './useFormat';

interface ChildMapProps {
  points: readonly MapPoint[];
  /** The country view keeps the whole country in frame; lower levels frame their points. */
  wholeCountry: boolean;
  drill: Drill;
}

/**
 * Units placed by longitude and latitude, shaped and coloured by risk: a plain SVG drawn
 * here, with no map tiles from anywhere. The table beside it is the keyboard way in.
 */
export const ChildMap = ({ points, wholeCountry, drill }: ChildMapProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const frame = mapFrame(points, wholeCountry);
  const groups = byRisk(points);
  const counts = groups
    .map(
      (group) =>
        `${translate(`cutover.dashboard.risk.${group.risk}`)} ${format.count(group.points.length)}`,
    )
    .join(', ');
  const label = translate('cutover.dashboard.map.summary', {
    total: format.count(points.length),
    counts,
  });
  return (
    <>
      <Box
        role="img"
        aria-label={label}
        sx={{
          width: '100%',
          // At most about 440 px tall, whatever the frame's shape.
          maxWidth: Math.min(800, Math.round(440 * frame.aspect)),
          mx: 'auto',
          '& .recharts-symbols': { cursor: 'pointer' },
        }}
      >
        <ResponsiveContainer width="100%" aspect={frame.aspect}>
          <ScatterChart
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          >
            <CartesianGrid stroke="#e3e7ec" />
            <XAxis type="number" dataKey="x" domain={frame.x} hide allowDataOverflow />
            <YAxis type="number" dataKey="y" domain={frame.y} hide allowDataOverflow />
            <ZAxis range={[80, 80]} />
            <Tooltip content={<MapTooltip />} cursor={false} isAnimationActive={false} />
            <Legend content={(props) => <ChartLegendContent {...props} />} />
            {groups.map((group) => (
              <Scatter
                key={group.risk}
                name={translate(`cutover.dashboard.risk.${group.risk}`)}
                data={group.points}
                fill={riskColour[group.risk]}
                shape={riskShape[group.risk]}
                isAnimationActive={false}
                onClick={(entry: { payload?: unknown }) => {
                  if (isMapPoint(entry.payload)) drill.open(entry.payload.id);
                }}
              />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate('cutover.dashboard.map.hint')}
      </Typography>
    </>
  );
};
