import type { PolicyKey } from '@cutover/domain';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { formatPolicyValue } from './format';
import { useUiLocale } from './useUiLocale';

/** A value rendered by its type: On/Off, digits, a date, a list of services, hours. */
export const PolicyValueView = ({ policyKey, value }: { policyKey: PolicyKey; value: unknown }) => {
  const translate = useTranslate();
  const formatted = formatPolicyValue(policyKey, value, translate, useUiLocale());
  if (formatted.kind === 'text') {
    return (
      <Typography variant="body1" sx={{ fontWeight: 600 }}>
        {formatted.text}
      </Typography>
    );
  }
  return (
    <Typography component="ul" variant="body1" sx={{ m: 0, pl: 3, fontWeight: 600 }}>
      {formatted.items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </Typography>
  );
};
