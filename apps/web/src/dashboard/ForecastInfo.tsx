import { useTranslate } from 'react-admin';
import { Fact } from './Fact';
import { forecastRange } from './forecastRange';
import type { WaveForecast } from './types';
import { useFormat } from './useFormat';

/**
 * When the wave finished (a fact of the history, with the threshold that counts as finished),
 * or else when it will finish at the recent pace, with the plausible range.
 */
export const ForecastInfo = ({
  forecast,
  thresholdPercent,
}: {
  forecast: WaveForecast;
  thresholdPercent: number;
}) => {
  const translate = useTranslate();
  const format = useFormat();
  const label = translate('cutover.dashboard.forecast.label');
  const { status, date } = forecast;
  if (status === 'done' && date) {
    return (
      <Fact
        label={translate('cutover.dashboard.forecast.finished')}
        value={format.day(date)}
        detail={translate('cutover.dashboard.forecast.threshold', {
          percent: format.percent(thresholdPercent),
        })}
      />
    );
  }
  if (status === 'projected' && date) {
    const range = forecastRange(forecast);
    let detail: string | undefined;
    if (range?.kind === 'range') {
      detail = translate('cutover.dashboard.forecast.range', {
        earliest: format.day(range.earliest),
        latest: format.day(range.latest),
      });
    } else if (range?.kind === 'open') {
      detail = translate('cutover.dashboard.forecast.open_range', {
        earliest: format.day(range.earliest),
      });
    }
    return <Fact label={label} value={format.day(date)} detail={detail} />;
  }
  const reason = status === 'stalled' ? 'stalled' : 'no_data';
  return <Fact label={label} value={translate(`cutover.dashboard.forecast.${reason}`)} />;
};
