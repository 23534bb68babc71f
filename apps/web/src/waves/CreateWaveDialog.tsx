import { isoToday, waveCodes } from '@cutover/domain';
import { maxLength, minLength, required, SelectInput, TextInput, useRedirect } from 'react-admin';
import { ActionDialog, type FormValues } from '../common/forms/ActionDialog';
import { useActionSubmit } from '../common/forms/useActionSubmit';
import { waveApi } from './api';
import { WaveScheduleInputs } from './WaveScheduleInputs';

const nameRules = [required(), minLength(2), maxLength(200)];

/** A wave for a cohort that has none yet (each cohort has at most one wave). */
export const CreateWaveDialog = ({
  taken,
  onClose,
}: {
  taken: readonly string[];
  onClose: () => void;
}) => {
  const submit = useActionSubmit();
  const redirect = useRedirect();
  const choices = waveCodes
    .filter((code) => !taken.includes(code))
    .map((code) => ({ id: code, name: `cutover.waves.cohorts.${code}` }));
  const text = (value: unknown) => String(value ?? '');
  const onSubmit = (values: FormValues) =>
    submit(
      () =>
        waveApi.create({
          code: text(values.code) as (typeof waveCodes)[number],
          nameEn: text(values.nameEn),
          nameRu: text(values.nameRu),
          opensOn: text(values.opensOn),
          nationalDeadline: text(values.nationalDeadline),
          reason: text(values.reason),
        }),
      {
        fields: ['code', 'nameEn', 'nameRu', 'opensOn', 'nationalDeadline', 'reason'],
        done: 'cutover.waves.created',
        close: onClose,
        onSuccess: (wave) => redirect('show', 'waves', (wave as { id: number }).id),
      },
    );
  return (
    <ActionDialog
      title="cutover.waves.create_title"
      submitLabel="cutover.waves.confirm_create"
      onSubmit={onSubmit}
      onClose={onClose}
      defaultValues={{ opensOn: isoToday() }}
    >
      <SelectInput
        source="code"
        label="cutover.waves.cohort"
        choices={choices}
        validate={required()}
      />
      <TextInput
        source="nameEn"
        label="resources.waves.fields.nameEn"
        validate={nameRules}
        fullWidth
      />
      <TextInput
        source="nameRu"
        label="resources.waves.fields.nameRu"
        validate={nameRules}
        fullWidth
      />
      <WaveScheduleInputs
        mode="create"
        draftOf={(formData) => ({
          code: formData.code as string | undefined,
          opensOn: formData.opensOn,
          nationalDeadline: formData.nationalDeadline,
        })}
      />
    </ActionDialog>
  );
};
