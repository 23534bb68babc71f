import type { PolicyKey } from '@cutover/domain';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { policyValueText } from './format';
import type { PolicyPreview } from './types';
import { useUiLocale } from './useUiLocale';

interface ShadowedListProps {
  policyKey: PolicyKey;
  shadowed: PolicyPreview['shadowed'];
}

const SHOWN = 20;

/** The settings below that a new lock would stop from applying. */
export const ShadowedList = ({ policyKey, shadowed }: ShadowedListProps) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  if (shadowed.length === 0) {
    return (
      <Typography variant="body2">{translate('cutover.policies.preview.shadowed_none')}</Typography>
    );
  }
  return (
    <Alert severity="info">
      {translate('cutover.policies.preview.shadowed', { smart_count: shadowed.length })}
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {shadowed.slice(0, SHOWN).map((setting) => (
          <li key={setting.nodeId}>
            {setting.nodeName}: {policyValueText(policyKey, setting.value, translate, locale)}
          </li>
        ))}
        {shadowed.length > SHOWN ? (
          <li>{translate('cutover.policies.preview.more', { count: shadowed.length - SHOWN })}</li>
        ) : null}
      </Box>
    </Alert>
  );
};
