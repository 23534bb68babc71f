import { isoToday } from '@cutover/domain';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useTranslate } from 'react-admin';
import { DayTextField } from '../common/dates/DayTextField';

interface SunsetInputProps {
  value: unknown;
  onChange: (value: unknown) => void;
}

/** A calendar date, or none (null: no sunset date is set). */
export const SunsetInput = ({ value, onChange }: SunsetInputProps) => {
  const translate = useTranslate();
  const isSet = value !== null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <FormControlLabel
        control={
          <Switch
            checked={isSet}
            onChange={(event) => onChange(event.target.checked ? isoToday() : null)}
          />
        }
        label={translate('cutover.policies.edit.sunset_set')}
      />
      {isSet ? (
        <DayTextField
          label={translate('cutover.policies.edit.sunset_date')}
          value={typeof value === 'string' ? value : ''}
          onChange={(day, text) => onChange(day ?? text)}
        />
      ) : null}
    </Box>
  );
};
