import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { lockHolderName } from './inheritance';
import { ReachFigures } from './ReachFigures';
import { ShadowedList } from './ShadowedList';
import type { EffectivePolicy } from './types';
import type { PreviewState } from './usePreview';

interface ImpactPreviewProps {
  preview: PreviewState;
  policy: EffectivePolicy;
  locked: boolean;
}

/** What the draft would do, asked of the server: refusal, reach, and settings a lock shadows. */
export const ImpactPreview = ({ preview, policy, locked }: ImpactPreviewProps) => {
  const translate = useTranslate();
  const headingId = useId();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`cutover.policies.preview.${key}`, options);
  const data = preview.data;
  const check = data?.check;
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      aria-live="polite"
      aria-busy={!preview.ready}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      <Typography id={headingId} component="h3" variant="subtitle1">
        {t('title')}
      </Typography>
      {!data && preview.error ? <Alert severity="error">{t('failed')}</Alert> : null}
      {!data && !preview.error ? <Typography variant="body2">{t('checking')}</Typography> : null}
      {check && !check.ok && check.reason === 'locked_above' ? (
        <Alert severity="error">
          {t('locked_above', {
            name: lockHolderName(policy, check.lockedBy) ?? t('ancestor'),
          })}
        </Alert>
      ) : null}
      {check && !check.ok && check.reason === 'invalid_value' ? (
        <Alert severity="error">
          {t('invalid')}
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {check.errors.map((error) => (
              <li key={`${error.field}:${error.message}`}>
                {translate(error.message, { _: error.text })}
              </li>
            ))}
          </Box>
        </Alert>
      ) : null}
      {data ? <ReachFigures reach={data.reach} /> : null}
      {data && check?.ok && locked ? (
        <ShadowedList policyKey={policy.key} shadowed={data.shadowed} />
      ) : null}
      {check?.ok && preview.ready ? (
        <Typography variant="body2" color="success.main" sx={{ fontWeight: 500 }}>
          {t('ok')}
        </Typography>
      ) : null}
      {data && !preview.ready ? (
        <Typography variant="body2" color="text.secondary">
          {t('checking')}
        </Typography>
      ) : null}
    </Box>
  );
};
