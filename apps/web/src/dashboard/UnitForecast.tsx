import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { forecastRange } from './forecastRange';
import type { UnitRow } from './types';
import { useFormat } from './useFormat';

/**
 * A unit's forecast: only for what is still to come (a finished unit shows its finish date
 * in its own column), with the plausible range under the date.
 */
export const UnitForecast = ({ row }: { row: UnitRow }) => {
  const translate = useTranslate();
  const format = useFormat();
  if (row.finishedOn || !row.forecastDate) return <>{format.day(null)}</>;
  const range = forecastRange({
    status: 'projected',
    date: row.forecastDate,
    earliest: row.forecastEarliest,
    latest: row.forecastLatest,
  });
  let detail: string | null = null;
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
  return (
    <>
      {format.day(row.forecastDate)}
      {detail ? (
        <Typography
          variant="caption"
          color="text.secondary"
          component="div"
          sx={{ whiteSpace: 'normal' }}
        >
          {detail}
        </Typography>
      ) : null}
    </>
  );
};
