import { ActionDialog, type FormValues } from '../common/forms/ActionDialog';
import { useActionSubmit } from '../common/forms/useActionSubmit';
import type { WaveRow } from '../common/wave-fields/types';
import { waveApi } from './api';
import { WaveScheduleInputs } from './WaveScheduleInputs';

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
      <WaveScheduleInputs
        mode="reschedule"
        draftOf={(formData) => ({
          id: wave.id,
          opensOn: formData.opensOn,
          nationalDeadline: formData.nationalDeadline,
        })}
      />
    </ActionDialog>
  );
};
