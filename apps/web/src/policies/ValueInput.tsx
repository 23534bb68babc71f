import { dataResidencies, type PolicyKey } from '@cutover/domain';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';
import { HoursInput } from './HoursInput';
import { policyKinds } from './kinds';
import { ServicesInput } from './ServicesInput';
import { SunsetInput } from './SunsetInput';
import { policyLabel, useUiLocale } from './useUiLocale';

export interface ValueInputProps {
  policyKey: PolicyKey;
  value: unknown;
  onChange: (value: unknown) => void;
}

/** The input that fits the key's type; the server's preview judges what it produces. */
export const ValueInput = ({ policyKey, value, onChange }: ValueInputProps) => {
  const translate = useTranslate();
  const label = policyLabel(policyKey, useUiLocale());
  const t = (key: string) => translate(`cutover.policies.edit.${key}`);
  switch (policyKinds[policyKey]) {
    case 'boolean':
      return (
        <FormControlLabel
          control={
            <Switch checked={value === true} onChange={(event) => onChange(event.target.checked)} />
          }
          label={
            <>
              {label}
              <Box component="span" aria-hidden sx={{ ml: 1, fontWeight: 600 }}>
                {translate(
                  value === true ? 'cutover.policies.value.on' : 'cutover.policies.value.off',
                )}
              </Box>
            </>
          }
        />
      );
    case 'pin_length':
      return (
        <TextField
          type="number"
          label={t('pin_length')}
          value={typeof value === 'number' ? value : ''}
          onChange={(event) =>
            onChange(event.target.value === '' ? null : Number(event.target.value))
          }
          helperText={t('pin_length_hint')}
          slotProps={{ htmlInput: { min: 4, max: 8, step: 1 } }}
          sx={{ maxWidth: 240 }}
        />
      );
    case 'residency':
      return (
        <TextField
          select
          label={t('residency')}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
          sx={{ maxWidth: 360 }}
        >
          {dataResidencies.map((residency) => (
            <MenuItem key={residency} value={residency}>
              {translate(`cutover.policies.residency.${residency}`)}
            </MenuItem>
          ))}
        </TextField>
      );
    case 'date':
      return <SunsetInput value={value} onChange={onChange} />;
    case 'services':
      return <ServicesInput value={value} onChange={onChange} legend={label} />;
    case 'hours':
      return <HoursInput value={value} onChange={onChange} />;
  }
};
