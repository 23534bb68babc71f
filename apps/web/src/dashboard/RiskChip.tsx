import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import EventBusy from '@mui/icons-material/EventBusy';
import HelpOutline from '@mui/icons-material/HelpOutlineOutlined';
import Schedule from '@mui/icons-material/Schedule';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Chip from '@mui/material/Chip';
import { useTranslate } from 'react-admin';
import { type RiskKey, riskColour, riskKey } from './risk';

const icons: Record<RiskKey, typeof ErrorOutline> = {
  overdue: ErrorOutline,
  at_risk: WarningAmber,
  on_track: Schedule,
  done_late: EventBusy,
  done: CheckCircleOutline,
  none: HelpOutline,
};

/** A risk class as text, icon and colour together: never colour alone. */
export const RiskChip = ({ risk }: { risk: string | null | undefined }) => {
  const translate = useTranslate();
  const key = riskKey(risk);
  const Icon = icons[key];
  const colour = riskColour[key];
  const outlined = key === 'none';
  return (
    <Chip
      size="small"
      variant={outlined ? 'outlined' : 'filled'}
      icon={<Icon aria-hidden />}
      label={translate(`cutover.dashboard.risk.${key}`)}
      sx={{
        fontWeight: 600,
        color: outlined ? colour : '#ffffff',
        bgcolor: outlined ? 'transparent' : colour,
        borderColor: colour,
        '& .MuiChip-icon': { color: 'inherit' },
      }}
    />
  );
};
