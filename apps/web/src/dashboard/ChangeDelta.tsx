import Box from '@mui/material/Box';
import { useTranslate } from 'react-admin';
import { deltaDirection } from './format';
import { useFormat } from './useFormat';
import { visuallyHidden } from './visuallyHidden';

const colours = { up: 'success.main', down: 'error.main', flat: 'text.primary' } as const;

/** The change in percentage points over 7 days: an arrow for the eye, words for the ear. */
export const ChangeDelta = ({ points }: { points: number | null }) => {
  const translate = useTranslate();
  const format = useFormat();
  if (points === null) return <span>{translate('cutover.dashboard.change.unknown')}</span>;
  const direction = deltaDirection(points);
  if (direction === 'flat') return <span>{translate('cutover.dashboard.change.flat')}</span>;
  const size = format.points(points);
  return (
    <Box component="span" sx={{ color: colours[direction] }}>
      <span aria-hidden>
        {translate(`cutover.dashboard.change.${direction}`, { points: size })}
      </span>
      <Box component="span" sx={visuallyHidden}>
        {translate(`cutover.dashboard.change.${direction}_long`, { points: size })}
      </Box>
    </Box>
  );
};
