import { required } from 'react-admin';
import { ActionDialog, type FormValues } from '../common/forms/ActionDialog';
import { useActionSubmit } from '../common/forms/useActionSubmit';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import type { StaffRow } from '../common/rows';
import { trpc } from '../providers/trpcClient';

interface TransferDialogProps {
  person: Pick<StaffRow, 'id' | 'version' | 'fullName'>;
  onClose: () => void;
}

/** Moves a person to another institution; the server needs scope over both. */
export const TransferDialog = ({ person, onClose }: TransferDialogProps) => {
  const submit = useActionSubmit();
  const onSubmit = (values: FormValues) =>
    submit(
      () =>
        trpc.staff.transfer.mutate({
          id: person.id,
          version: person.version,
          targetOrgUnitId: Number(values.targetOrgUnitId),
        }),
      {
        fields: ['targetOrgUnitId'],
        done: 'cutover.staff_actions.transferred',
        doneArgs: { name: person.fullName },
        close: onClose,
      },
    );
  return (
    <ActionDialog
      title="cutover.staff_actions.transfer_title"
      titleArgs={{ name: person.fullName }}
      submitLabel="cutover.staff_actions.transfer"
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <OrgReferenceInput
        source="targetOrgUnitId"
        reference="institutions"
        label="cutover.staff_actions.target"
        validate={required()}
      />
    </ActionDialog>
  );
};
