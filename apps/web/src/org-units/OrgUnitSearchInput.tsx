import { type OrgLevel, orgLevels } from '@cutover/domain';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import {
  FieldTitle,
  InputHelperText,
  useInput,
  useResourceContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { MIN_QUERY, type OrgOption, useOrgUnit, useOrgUnitOptions } from './useOrgUnitOptions';

interface OrgUnitSearchInputProps {
  source: string;
  /** Levels a chosen unit may have; all by default. */
  levels?: readonly OrgLevel[];
  label?: string;
  helperText?: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
}

const toId = (value: unknown): number | null => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * Any unit in the caller's scope, found by part of its name or code, at any level allowed
 * (a subtree filter, a staff member's place of work). Works for every role: it reads
 * orgUnits.*, not the level lists a district or school admin may not read.
 */
export const OrgUnitSearchInput = (props: OrgUnitSearchInputProps) => {
  const { source, levels = orgLevels, label, helperText, validate } = props;
  const translate = useTranslate();
  const resource = useResourceContext();
  const { id, field, fieldState, isRequired } = useInput({ source, validate });
  const selected = useOrgUnit(toId(field.value));
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const { options, loading } = useOrgUnitOptions(text, levels, open);
  const shown =
    selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options;
  const searching = text.trim().length >= MIN_QUERY;

  return (
    <Autocomplete<OrgOption>
      id={id}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={selected ?? null}
      options={shown}
      loading={loading}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, option) => field.onChange(option ? option.id : null)}
      onInputChange={(_event, value, reason) => setText(reason === 'input' ? value : '')}
      onBlur={field.onBlur}
      loadingText={translate('cutover.org_search.loading')}
      noOptionsText={translate(
        searching ? 'cutover.org_search.no_options' : 'cutover.org_search.type_to_search',
      )}
      renderOption={({ key, ...optionProps }, option) => (
        <li key={key} {...optionProps}>
          <span>
            {option.name}
            <Typography component="span" variant="caption" sx={{ display: 'block' }}>
              {translate(`enums.level.${option.level}`)} · {option.code}
            </Typography>
          </span>
        </li>
      )}
      sx={{ minWidth: 280 }}
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          size="small"
          variant="filled"
          margin="dense"
          label={
            <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
          }
          error={fieldState.invalid}
          helperText={<InputHelperText error={fieldState.error?.message} helperText={helperText} />}
        />
      )}
    />
  );
};
