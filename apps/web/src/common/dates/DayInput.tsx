import { FieldTitle, InputHelperText, useInput, type Validator } from 'react-admin';
import { DayTextField } from './DayTextField';

interface DayInputProps {
  source: string;
  /** A translation key; without one, the resource's name for the field. */
  label?: string;
  /** Read by react-admin's filter form: the filter stays shown. */
  alwaysOn?: boolean;
  validate?: Validator | Validator[];
  helperText?: string;
}

/** Not yet a whole, real day: the field says so instead of sending the text. */
const wholeDay: Validator = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    ? undefined
    : 'errors.invalid_date';

/** react-admin's form input for a day (YYYY-MM-DD), spelled in the interface language. */
export const DayInput = ({ source, label, validate = [], helperText }: DayInputProps) => {
  const rules = [...(Array.isArray(validate) ? validate : [validate]), wholeDay];
  const { field, fieldState, isRequired, id } = useInput({ source, validate: rules });
  const value = typeof field.value === 'string' ? field.value : '';
  return (
    <DayTextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      onBlur={field.onBlur}
      value={value}
      onChange={(day, text) => field.onChange(day ?? text)}
      label={<FieldTitle label={label} source={source} isRequired={isRequired} />}
      error={fieldState.invalid}
      helperText={<InputHelperText error={fieldState.error?.message} helperText={helperText} />}
      size="small"
      margin="dense"
      sx={{ width: 220 }}
    />
  );
};
