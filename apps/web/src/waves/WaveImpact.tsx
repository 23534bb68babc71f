import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDay } from '../common/fields/DayField';
import type { WavePreview } from './api';
import type { DraftState } from './useWavePreview';

type Figure = keyof WavePreview['impact'];

const shown: Record<'create' | 'reschedule' | 'close', readonly Figure[]> = {
  create: ['deadlineChanged'],
  reschedule: ['deadlineChanged', 'becomeOverdue', 'noLongerOverdue', 'becomeLate'],
  close: ['unfinished'],
};

const ImpactFigures = ({ preview, mode }: { preview: WavePreview; mode: keyof typeof shown }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { count, first } = preview.broughtForward;
  return (
    <>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 0.5, m: 0 }}>
        {shown[mode].map((figure) => (
          <Box key={figure} sx={{ display: 'contents' }} data-figure={figure}>
            <Box component="dt" sx={{ fontWeight: 600, textAlign: 'right', pr: 1 }}>
              {preview.impact[figure].toLocaleString(locale)}
            </Box>
            <Box component="dd" sx={{ m: 0 }}>
              {translate(`cutover.waves.impact.${mode}.${figure}`, {
                smart_count: preview.impact[figure],
              })}
            </Box>
          </Box>
        ))}
      </Box>
      {count > 0 ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate('cutover.waves.impact.brought_forward', { smart_count: count })}
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {first.map((setting) => (
              <li key={setting.id}>
                {setting.orgUnitName}: {formatDay(setting.deadline, locale)}
              </li>
            ))}
          </Box>
        </Alert>
      ) : null}
      <Typography variant="caption" color="text.secondary">
        {translate('cutover.waves.impact.as_of', { date: formatDay(preview.today, locale) })}
      </Typography>
    </>
  );
};

/** What the change would do, from the server, shown before the admin confirms it. */
export const WaveImpact = ({ state, mode }: { state: DraftState; mode: keyof typeof shown }) => {
  const translate = useTranslate();
  const titleId = useId();
  let body: React.ReactNode;
  if (state.kind === 'incomplete') body = translate('cutover.waves.impact.incomplete');
  else if (state.kind === 'order') body = translate('errors.wave_deadline_not_after_opening');
  else if (state.error) {
    const params = (state.error.body as { params?: Record<string, unknown> } | undefined)?.params;
    body = (
      <Alert severity="error" role="alert">
        {translate(state.error.message, params ?? {})}
      </Alert>
    );
  } else if (!state.data)
    body = <LinearProgress aria-label={translate('cutover.waves.impact.loading')} />;
  else body = <ImpactFigures preview={state.data} mode={mode} />;
  return (
    <Box
      component="section"
      aria-labelledby={titleId}
      aria-busy={state.kind === 'asked' && !state.ready}
      sx={{ mt: 2, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
      data-testid="wave-impact"
    >
      <Typography id={titleId} variant="subtitle2" component="h3" gutterBottom>
        {translate('cutover.waves.impact.title')}
      </Typography>
      {body}
    </Box>
  );
};
