import { dayNumber, isoFromDayNumber } from '@cutover/domain';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartBox } from '../common/charts/ChartBox';
import { ChartLegendContent } from '../common/charts/ChartLegendContent';
import {
  burnupDomain,
  burnupRows,
  FINISH_PERCENT,
  type ForecastDates,
  monthTicks,
  percentCeiling,
  type SeriesPoint,
} from './burnup';
import { useBurnupLabel } from './useBurnupLabel';
import { useFormat } from './useFormat';

interface BurnupChartProps {
  points: readonly SeriesPoint[];
  /** The last day of the history (the view day). */
  asOf: string;
  forecast: ForecastDates;
  deadline: string;
}

const HEIGHT = 320;
const INK = '#1a4f8b';
const DEADLINE = '#b3261e';

/** Share done over time as a step line, the deadline, and the forecast to the finish line. */
export const BurnupChart = ({ points, asOf, forecast, deadline }: BurnupChartProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const rows = useMemo(() => burnupRows(points, asOf, forecast), [points, asOf, forecast]);
  const domain = burnupDomain(rows, deadline);
  const label = useBurnupLabel(rows, deadline, forecast);
  const deadlineDay = dayNumber(deadline);
  // The label sits on the side of the line with room for it.
  const labelSide = deadlineDay > (domain[0] + domain[1]) / 2 ? 'insideTopRight' : 'insideTopLeft';
  const projected = rows.some((row) => row.forecast !== undefined);
  const banded = rows.some((row) => row.range !== undefined);
  const dayLabel = (day: unknown) =>
    typeof day === 'number' ? format.day(isoFromDayNumber(day)) : '';
  const valueLabel = (value: unknown) =>
    Array.isArray(value)
      ? value.map((v) => format.percent(Number(v))).join(' – ')
      : format.percent(Number(value));
  return (
    <ChartBox label={label} height={HEIGHT}>
      {(width) => (
        <ComposedChart
          width={width}
          height={HEIGHT}
          data={rows}
          accessibilityLayer={false}
          margin={{ top: 16, right: 24 }}
        >
          <CartesianGrid stroke="#d5dae0" strokeDasharray="3 3" />
          <XAxis
            dataKey="day"
            type="number"
            domain={domain}
            ticks={monthTicks(domain, 6)}
            tickFormatter={(day: number) => format.month(isoFromDayNumber(day))}
            stroke="#4a525c"
          />
          <YAxis
            domain={[0, percentCeiling(rows)]}
            tickFormatter={(value: number) => format.percent(value)}
            width={56}
            stroke="#4a525c"
          />
          <Tooltip labelFormatter={dayLabel} formatter={valueLabel} />
          <Legend content={(props) => <ChartLegendContent {...props} />} />
          <Area
            dataKey="range"
            name={translate('cutover.dashboard.burnup.range')}
            type="linear"
            stroke="none"
            fill={INK}
            fillOpacity={0.15}
            legendType={banded ? 'square' : 'none'}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            dataKey="done"
            name={translate('cutover.dashboard.burnup.done')}
            type="stepAfter"
            legendType="plainline"
            stroke={INK}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="forecast"
            name={translate('cutover.dashboard.burnup.forecast')}
            type="linear"
            stroke={INK}
            strokeWidth={2}
            strokeDasharray="6 4"
            legendType={projected ? 'plainline' : 'none'}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <ReferenceLine y={FINISH_PERCENT} stroke="#1b6e3a" strokeDasharray="2 4" />
          <ReferenceLine
            x={deadlineDay}
            stroke={DEADLINE}
            strokeWidth={2}
            strokeDasharray="4 2"
            label={{
              value: translate('cutover.dashboard.burnup.deadline'),
              position: labelSide,
              fill: DEADLINE,
              fontSize: 12,
            }}
          />
        </ComposedChart>
      )}
    </ChartBox>
  );
};
