import { required } from 'react-admin';
import { trpc } from '../../providers/trpcClient';
import { ActionDialog, type FormValues } from '../forms/ActionDialog';
import { ReasonInput } from '../forms/ReasonInput';
import { useActionSubmit } from '../forms/useActionSubmit';
import type { OrgUnitRow } from '../rows';
import { OrgReferenceInput } from './OrgReferenceInput';

export type ParentResource = 'regions' | 'municipalities';

interface MoveDialogProps {
  unit: Pick<OrgUnitRow, 'id' | 'version' | 'name'>;
  /** Units of the level a new parent must have, listed within the caller's scope. */
  parentResource: ParentResource;
  onClose: () => void;
}

/** Moves a unit (and its subtree) under another parent; the server checks both ends. */
export const MoveDialog = ({ unit, parentResource, onClose }: MoveDialogProps) => {
  const submit = useActionSubmit();
  const onSubmit = (values: FormValues) =>
    submit(
      () =>
        trpc.orgUnits.move.mutate({
          id: unit.id,
          version: unit.version,
          newParentId: Number(values.newParentId),
          reason: String(values.reason ?? ''),
        }),
      {
        fields: ['newParentId', 'reason'],
        done: 'cutover.org_actions.moved',
        doneArgs: { name: unit.name },
        close: onClose,
      },
    );
  return (
    <ActionDialog
      title="cutover.org_actions.move_title"
      titleArgs={{ name: unit.name }}
      submitLabel="cutover.org_actions.move"
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <OrgReferenceInput
        source="newParentId"
        reference={parentResource}
        label="cutover.org_actions.new_parent"
        validate={required()}
      />
      <ReasonInput />
    </ActionDialog>
  );
};
