import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';
import { isQuietHours, type QuietHours } from './kinds';

interface HoursInputProps {
  value: unknown;
  onChange: (value: unknown) => void;
}

const usual: QuietHours = { from: '21:00', to: '08:00' };

/** Quiet hours as a from–to window (it may cross midnight), or off (null). */
export const HoursInput = ({ value, onChange }: HoursInputProps) => {
  const translate = useTranslate();
  const hours = isQuietHours(value) ? value : null;
  const t = (key: string) => translate(`cutover.policies.edit.${key}`);
  const time = (field: keyof QuietHours, current: QuietHours) => (
    <TextField
      type="time"
      label={t(`quiet_${field}`)}
      value={current[field]}
      onChange={(event) => onChange({ ...current, [field]: event.target.value })}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 60 } }}
    />
  );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <FormControlLabel
        control={
          <Switch
            checked={hours !== null}
            onChange={(event) => onChange(event.target.checked ? usual : null)}
          />
        }
        label={t('quiet_on')}
      />
      {hours ? (
        <>
          {time('from', hours)}
          {time('to', hours)}
        </>
      ) : null}
    </Box>
  );
};
