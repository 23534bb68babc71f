import { useTranslate } from 'react-admin';
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { ChartBox } from '../common/charts/ChartBox';
import { ADOPTION_FILL, EXPECTED_FILL, STAGE_FILL } from './chartColours';
import type { FunnelBar } from './funnel';
import { useFormat } from './useFormat';

interface FunnelChartProps {
  bars: readonly FunnelBar[];
  /** The i18n key for the expected bar, by the denominator's source. */
  expectedKey: string;
}

/** Horizontal bars with their counts; the adoption stage stands apart in colour and in words. */
export const FunnelChart = ({ bars, expectedKey }: FunnelChartProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const data = bars.map((bar) => ({
    ...bar,
    label: translate(bar.key === 'expected' ? expectedKey : `cutover.dashboard.funnel.${bar.key}`),
  }));
  const summary = translate('cutover.dashboard.funnel.summary', {
    bars: data.map((bar) => `${bar.label} ${format.count(bar.count)}`).join('; '),
  });
  const height = 56 + data.length * 44;
  return (
    <ChartBox label={summary} height={height}>
      {(width) => (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 8, right: 72, bottom: 8, left: 8 }}
        >
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis
            type="category"
            dataKey="label"
            width={170}
            stroke="#4a525c"
            tickLine={false}
            interval={0}
          />
          <Bar dataKey="count" isAnimationActive={false} barSize={26}>
            {data.map((bar) => (
              <Cell
                key={bar.key}
                fill={
                  bar.adoption ? ADOPTION_FILL : bar.key === 'expected' ? EXPECTED_FILL : STAGE_FILL
                }
              />
            ))}
            <LabelList
              dataKey="count"
              position="right"
              fill="#1b1f24"
              formatter={(value: unknown) => (typeof value === 'number' ? format.count(value) : '')}
            />
          </Bar>
        </BarChart>
      )}
    </ChartBox>
  );
};
