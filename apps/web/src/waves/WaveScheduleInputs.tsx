import { FormDataConsumer, required } from 'react-admin';
import { DayInput } from '../common/dates/DayInput';
import type { FormValues } from '../common/forms/ActionDialog';
import { ReasonInput } from '../common/forms/ReasonInput';
import { useWavePreview, type WaveDraft } from './useWavePreview';
import { WaveImpact } from './WaveImpact';

type ScheduleMode = 'create' | 'reschedule';

const ScheduleImpact = ({ draft, mode }: { draft: WaveDraft; mode: ScheduleMode }) => (
  <WaveImpact state={useWavePreview(draft)} mode={mode} />
);

/**
 * Opening day, national deadline and reason of a wave being created or rescheduled, with what
 * those dates would change shown before saving. `draftOf` names the wave the preview is for.
 */
export const WaveScheduleInputs = ({
  mode,
  draftOf,
}: {
  mode: ScheduleMode;
  draftOf: (formData: FormValues) => WaveDraft;
}) => (
  <>
    <DayInput source="opensOn" label="resources.waves.fields.opensOn" validate={required()} />
    <DayInput
      source="nationalDeadline"
      label="resources.waves.fields.nationalDeadline"
      validate={required()}
    />
    <ReasonInput />
    <FormDataConsumer>
      {({ formData }) => <ScheduleImpact draft={draftOf(formData)} mode={mode} />}
    </FormDataConsumer>
  </>
);
