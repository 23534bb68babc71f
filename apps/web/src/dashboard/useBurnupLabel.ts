import { isoFromDayNumber } from '@cutover/domain';
import { useTranslate } from 'react-admin';
import type { BurnupRow, ForecastDates } from './burnup';
import { useFormat } from './useFormat';

/** The chart in one sentence, for screen readers: where it started, where it is, what is next. */
export function useBurnupLabel(
  rows: readonly BurnupRow[],
  deadline: string,
  forecast: ForecastDates,
): string {
  const translate = useTranslate();
  const format = useFormat();
  const history = rows.filter((row) => row.done !== undefined);
  const first = history[0];
  const last = history.at(-1);
  const forecastText =
    forecast.status === 'projected' && forecast.date
      ? translate('cutover.dashboard.burnup.forecast_summary', { date: format.day(forecast.date) })
      : translate('cutover.dashboard.burnup.no_forecast');
  return translate('cutover.dashboard.burnup.summary', {
    first: format.percent(first?.done),
    firstDay: first ? format.day(isoFromDayNumber(first.day)) : '—',
    last: format.percent(last?.done),
    lastDay: last ? format.day(isoFromDayNumber(last.day)) : '—',
    deadline: format.day(deadline),
    forecast: forecastText,
  });
}
