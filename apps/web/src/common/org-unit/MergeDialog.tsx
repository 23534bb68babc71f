import { isoToday } from '@cutover/domain';
import { required, useRedirect } from 'react-admin';
import { trpc } from '../../providers/trpcClient';
import { DayInput } from '../dates/DayInput';
import { ActionDialog, type FormValues } from '../forms/ActionDialog';
import { ReasonInput } from '../forms/ReasonInput';
import { useActionSubmit } from '../forms/useActionSubmit';
import type { OrgUnitRow } from '../rows';
import { OrgReferenceInput } from './OrgReferenceInput';

interface MergeDialogProps {
  unit: Pick<OrgUnitRow, 'id' | 'version' | 'name'>;
  onClose: () => void;
}

/** Merges an institution into another: its staff and chats move there, and it closes. */
export const MergeDialog = ({ unit, onClose }: MergeDialogProps) => {
  const submit = useActionSubmit();
  const redirect = useRedirect();
  const onSubmit = (values: FormValues) => {
    const targetId = Number(values.targetId);
    return submit(
      () =>
        trpc.orgUnits.merge.mutate({
          id: unit.id,
          version: unit.version,
          targetId,
          validTo: String(values.validTo ?? ''),
          reason: String(values.reason ?? ''),
        }),
      {
        fields: ['targetId', 'validTo', 'reason'],
        done: 'cutover.org_actions.merged',
        doneArgs: { name: unit.name },
        close: onClose,
        // The source is closed now: what it held lives on the target's page.
        onSuccess: () => redirect('show', 'institutions', targetId),
      },
    );
  };
  return (
    <ActionDialog
      title="cutover.org_actions.merge_title"
      titleArgs={{ name: unit.name }}
      submitLabel="cutover.org_actions.merge"
      onSubmit={onSubmit}
      onClose={onClose}
      defaultValues={{ validTo: isoToday() }}
    >
      <OrgReferenceInput
        source="targetId"
        reference="institutions"
        label="cutover.org_actions.merge_target"
        validate={required()}
      />
      <DayInput source="validTo" label="cutover.org_actions.valid_to" validate={required()} />
      <ReasonInput />
    </ActionDialog>
  );
};
