import EventBusy from '@mui/icons-material/EventBusy';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { riskColour } from './risk';
import type { WaveSummary } from './types';

interface LateChildrenProps {
  counts: WaveSummary['lateChildren'];
  childLevel: string | null;
}

/**
 * How many units below are overdue or finished late, so a card never shows a bare "done"
 * over units that missed their deadline. Nothing when none did.
 */
export const LateChildren = ({ counts, childLevel }: LateChildrenProps) => {
  const translate = useTranslate();
  if (!childLevel || (counts.overdue === 0 && counts.doneLate === 0)) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.75, alignItems: 'flex-start', color: riskColour.overdue }}>
      <EventBusy aria-hidden fontSize="small" />
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {translate('cutover.dashboard.children.late', {
          units: translate(`cutover.dashboard.children.${childLevel}`),
          overdue: counts.overdue,
          late: counts.doneLate,
        })}
      </Typography>
    </Box>
  );
};
