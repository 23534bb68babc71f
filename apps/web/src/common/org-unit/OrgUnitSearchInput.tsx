import { idFromText, isId, type OrgLevel, orgLevels } from '@cutover/domain';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import {
  FieldTitle,
  InputHelperText,
  useInput,
  useResourceContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { MIN_QUERY, type OrgOption, useOrgUnit, useOrgUnitOptions } from './useOrgUnitOptions';

export interface OrgUnitSearchInputProps {
  source: string;
  /** Levels a chosen unit may have; all by default. */
  levels?: readonly OrgLevel[];
  label?: string;
  /** `false` (as a filter form passes it): no helper line unless there is an error. */
  helperText?: string | false;
  validate?: Validator | Validator[];
  disabled?: boolean;
  /** Shown but fixed (the value still travels, unlike a disabled input's). */
  readOnly?: boolean;
  alwaysOn?: boolean;
}

const toId = (value: unknown): number | null =>
  (typeof value === 'string' ? idFromText(value) : isId(value) ? value : undefined) ?? null;

/**
 * Any unit in the caller's scope, found by part of its name or code, at any level allowed
 * (a subtree filter, a staff member's place of work). Works for every role: it reads
 * orgUnits.*, not the level lists a district or school admin may not read. Each option
 * shows its level and code, to tell namesakes apart.
 */
export const OrgUnitSearchInput = (props: OrgUnitSearchInputProps) => {
  const { source, levels = orgLevels, label, helperText, validate, disabled, readOnly } = props;
  const translate = useTranslate();
  const resource = useResourceContext();
  const { id, field, fieldState, isRequired } = useInput({ source, validate });
  const selected = useOrgUnit(toId(field.value));
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const { options, loading } = useOrgUnitOptions(text, levels, open);
  const { onChange } = field;

  const allowed = levels.join();
  // A change of levels (e.g. of role) can leave a unit of the wrong level chosen: clear it
  // rather than send it.
  useEffect(() => {
    if (selected && !allowed.split(',').includes(selected.level)) onChange(null);
  }, [selected, allowed, onChange]);

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
      disabled={disabled}
      readOnly={readOnly}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, option) => onChange(option ? option.id : null)}
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
            <Typography
              component="span"
              variant="caption"
              color="text.secondary"
              sx={{ display: 'block' }}
            >
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
          // A disabled input still explains why (e.g. "choose a role first"), legibly.
          slotProps={{ ...params.slotProps, formHelperText: { disabled: false } }}
          helperText={
            helperText === false && !fieldState.error ? undefined : (
              <InputHelperText error={fieldState.error?.message} helperText={helperText} />
            )
          }
        />
      )}
    />
  );
};
