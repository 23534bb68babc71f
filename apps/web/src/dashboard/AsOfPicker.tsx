import { isoToday } from '@cutover/domain';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { asOfChoice, EARLIEST_DAY } from './dashboardUrl';

interface AsOfPickerProps {
  /** The past day shown; undefined for live figures. */
  value: string | undefined;
  onChange: (asOf: string | undefined) => void;
  /** The first day with figures (the earliest wave's opening), when known. */
  earliest?: string;
}

/**
 * A native date input (no date library, nothing loaded) that keeps what is being typed and
 * shows a day only once it is a whole, plausible one; clearing it returns to live figures.
 */
export const AsOfPicker = ({ value, onChange, earliest = EARLIEST_DAY }: AsOfPickerProps) => {
  const translate = useTranslate();
  const today = isoToday();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
      <TextField
        type="date"
        size="small"
        label={translate('cutover.dashboard.as_of')}
        helperText={translate('cutover.dashboard.as_of_hint')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const choice = asOfChoice(event.target.value, today, earliest);
          if (choice && choice.asOf !== value) onChange(choice.asOf);
        }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: earliest, max: today } }}
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
