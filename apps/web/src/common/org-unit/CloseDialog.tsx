import { isoToday } from '@cutover/domain';
import { required } from 'react-admin';
import { trpc } from '../../providers/trpcClient';
import { DayInput } from '../dates/DayInput';
import { ActionDialog, type FormValues } from '../forms/ActionDialog';
import { ReasonInput } from '../forms/ReasonInput';
import { useActionSubmit } from '../forms/useActionSubmit';
import type { OrgUnitRow } from '../rows';

interface CloseDialogProps {
  unit: Pick<OrgUnitRow, 'id' | 'version' | 'name'>;
  onClose: () => void;
}

/** Closes a unit: it leaves current lists and stays in history and "as of" views. */
export const CloseDialog = ({ unit, onClose }: CloseDialogProps) => {
  const submit = useActionSubmit();
  const onSubmit = (values: FormValues) =>
    submit(
      () =>
        trpc.orgUnits.close.mutate({
          id: unit.id,
          version: unit.version,
          validTo: String(values.validTo ?? ''),
          reason: String(values.reason ?? ''),
        }),
      {
        fields: ['validTo', 'reason'],
        done: 'cutover.org_actions.closed',
        doneArgs: { name: unit.name },
        close: onClose,
      },
    );
  return (
    <ActionDialog
      title="cutover.org_actions.close_title"
      titleArgs={{ name: unit.name }}
      submitLabel="cutover.org_actions.close"
      onSubmit={onSubmit}
      onClose={onClose}
      defaultValues={{ validTo: isoToday() }}
    >
      <DayInput source="validTo" label="cutover.org_actions.valid_to" validate={required()} />
      <ReasonInput />
    </ActionDialog>
  );
};
