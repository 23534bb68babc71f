import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDayText, parseDayText } from './dayText';

export type DayTextFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'type'> & {
  /** YYYY-MM-DD, '' for none (or the text being typed, as a form keeps it). */
  value: string;
  /** A whole day as YYYY-MM-DD, '' when cleared, or null while the text is not a day yet. */
  onChange: (day: string | null, text: string) => void;
};

/**
 * A day typed as text, spelled and hinted in the interface language ("ДД.ММ.ГГГГ" in
 * Russian): a native date input would follow the browser's language instead. Days stay
 * YYYY-MM-DD strings throughout, so no time zone can shift them.
 */
export const DayTextField = ({ value, onChange, slotProps, ...props }: DayTextFieldProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [text, setText] = useState(() => formatDayText(value, locale));
  // What the parent was last told: its echo is not a new value from outside.
  const told = useRef(value);
  useEffect(() => {
    if (value === told.current) return;
    told.current = value;
    setText(formatDayText(value, locale));
  }, [value, locale]);
  useEffect(() => {
    setText((current) => {
      const day = parseDayText(current);
      return day ? formatDayText(day, locale) : current;
    });
  }, [locale]);
  return (
    <TextField
      {...props}
      type="text"
      value={text}
      placeholder={translate('cutover.date.placeholder')}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const day = next.trim() === '' ? '' : parseDayText(next);
        told.current = day ?? next;
        onChange(day, next);
      }}
      slotProps={{
        ...slotProps,
        inputLabel: { shrink: true, ...(slotProps?.inputLabel as object) },
        htmlInput: {
          inputMode: 'numeric',
          autoComplete: 'off',
          ...(slotProps?.htmlInput as object),
        },
      }}
    />
  );
};
