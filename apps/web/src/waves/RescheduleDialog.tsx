import { FormDataConsumer, required } from 'react-admin';
import { DayInput } from '../common/dates/DayInput';
import { ActionDialog, type FormValues } from '../common/forms/ActionDialog';
import { ReasonInput } from '../common/forms/ReasonInput';
import { useActionSubmit } from '../common/forms/useActionSubmit';
import type { WaveRow } from '../common/wave-fields/types';
import { waveApi } from './api';
import { useWavePreview, type WaveDraft } from './useWavePreview';
import { WaveImpact } from './WaveImpact';

const RescheduleImpact = ({ draft }: { draft: WaveDraft }) => (
  <WaveImpact state={useWavePreview(draft)} mode="reschedule" />
);

/** New opening and national deadline, with what they would change shown before saving. */
export const RescheduleDialog = ({ wave, onClose }: { wave: WaveRow; onClose: () => void }) => {
  const submit = useActionSubmit();
  const onSubmit = (values: FormValues) =>
    submit(
      () =>
        waveApi.reschedule({
          id: wave.id,
          version: wave.version,
          opensOn: String(values.opensOn ?? ''),
          nationalDeadline: String(values.nationalDeadline ?? ''),
          reason: String(values.reason ?? ''),
        }),
      {
        fields: ['opensOn', 'nationalDeadline', 'reason'],
        done: 'cutover.waves.rescheduled',
        close: onClose,
      },
    );
  return (
    <ActionDialog
      title="cutover.waves.reschedule_title"
      submitLabel="cutover.waves.confirm_reschedule"
      onSubmit={onSubmit}
      onClose={onClose}
      defaultValues={{ opensOn: wave.opensOn, nationalDeadline: wave.nationalDeadline }}
    >
      <DayInput source="opensOn" label="resources.waves.fields.opensOn" validate={required()} />
      <DayInput
        source="nationalDeadline"
        label="resources.waves.fields.nationalDeadline"
        validate={required()}
      />
      <ReasonInput />
      <FormDataConsumer>
        {({ formData }) => (
          <RescheduleImpact
            draft={{
              id: wave.id,
              opensOn: formData.opensOn,
              nationalDeadline: formData.nationalDeadline,
            }}
          />
        )}
      </FormDataConsumer>
    </ActionDialog>
  );
};
