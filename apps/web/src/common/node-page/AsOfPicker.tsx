import { isoToday } from '@cutover/domain';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslate } from 'react-admin';
import { DayTextField } from '../dates/DayTextField';
import { asOfChoice, EARLIEST_DAY } from './asOf';

export interface AsOfPickerProps {
  /** The past day shown; undefined for live figures. */
  value: string | undefined;
  onChange: (asOf: string | undefined) => void;
  /** The first day with figures (the earliest wave's opening), when known. */
  earliest?: string;
}

/**
 * A day field in the interface language (no date library, nothing loaded) that keeps what
 * is being typed and shows a day only once it is a whole, plausible one; clearing it
 * returns to live figures.
 */
export const AsOfPicker = ({ value, onChange, earliest = EARLIEST_DAY }: AsOfPickerProps) => {
  const translate = useTranslate();
  const today = isoToday();
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
      <DayTextField
        size="small"
        label={translate('cutover.dashboard.as_of')}
        helperText={translate('cutover.dashboard.as_of_hint')}
        value={value ?? ''}
        onChange={(day) => {
          if (day === null) return;
          const choice = asOfChoice(day, today, earliest);
          if (choice && choice.asOf !== value) onChange(choice.asOf);
        }}
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
