import { educationServiceIds, educationServiceLabels } from '@cutover/domain';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { useTranslate } from 'react-admin';
import { isStringList } from './kinds';
import { useUiLocale } from './useUiLocale';

interface ServicesInputProps {
  value: unknown;
  onChange: (value: unknown) => void;
  legend: string;
}

/** The education services that must keep working: at least one, each once, in catalog order. */
export const ServicesInput = ({ value, onChange, legend }: ServicesInputProps) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const chosen = new Set(isStringList(value) ? value : []);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(educationServiceIds.filter((service) => next.has(service)));
  };
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">{legend}</FormLabel>
      <FormGroup>
        {educationServiceIds.map((id) => (
          <FormControlLabel
            key={id}
            control={
              <Checkbox
                checked={chosen.has(id)}
                onChange={(event) => toggle(id, event.target.checked)}
              />
            }
            label={educationServiceLabels[id][locale]}
          />
        ))}
      </FormGroup>
      <FormHelperText>{translate('cutover.policies.edit.services_hint')}</FormHelperText>
    </FormControl>
  );
};
