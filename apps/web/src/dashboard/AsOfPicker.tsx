import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';
import { isoToday, pastDay } from './dashboardUrl';

interface AsOfPickerProps {
  /** The past day shown; undefined for live figures. */
  value: string | undefined;
  onChange: (asOf: string | undefined) => void;
}

/** A native date input (no date library, nothing loaded): clearing it returns to live figures. */
export const AsOfPicker = ({ value, onChange }: AsOfPickerProps) => {
  const translate = useTranslate();
  const today = isoToday();
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
      <TextField
        type="date"
        size="small"
        label={translate('cutover.dashboard.as_of')}
        helperText={translate('cutover.dashboard.as_of_hint')}
        value={value ?? ''}
        onChange={(event) => onChange(pastDay(event.target.value, today))}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        sx={{ width: 190 }}
      />
      {value ? (
        <Button
          size="small"
          variant="outlined"
          onClick={() => onChange(undefined)}
          sx={{ mt: 0.25 }}
        >
          {translate('cutover.dashboard.back_to_live')}
        </Button>
      ) : null}
    </Box>
  );
};
