import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { ActionDialog, type FormValues } from '../common/forms/ActionDialog';
import { ReasonInput } from '../common/forms/ReasonInput';
import { useActionSubmit } from '../common/forms/useActionSubmit';
import type { WaveRow } from '../common/wave-fields/types';
import { waveApi } from './api';
import { useWavePreview } from './useWavePreview';
import { WaveImpact } from './WaveImpact';

/** Closes a wave: figures and deadlines stay, no new deadline can be set for it. */
export const CloseWaveDialog = ({ wave, onClose }: { wave: WaveRow; onClose: () => void }) => {
  const submit = useActionSubmit();
  const translate = useTranslate();
  const state = useWavePreview(wave);
  const onSubmit = (values: FormValues) =>
    submit(
      () =>
        waveApi.close({ id: wave.id, version: wave.version, reason: String(values.reason ?? '') }),
      { fields: ['reason'], done: 'cutover.waves.closed', close: onClose },
    );
  return (
    <ActionDialog
      title="cutover.waves.close_title"
      submitLabel="cutover.waves.confirm_close"
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('cutover.waves.close_explained')}
      </Typography>
      <ReasonInput />
      <WaveImpact state={state} mode="close" />
    </ActionDialog>
  );
};
