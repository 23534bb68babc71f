import type { Resource } from '@cutover/domain';
import { maxLength, required, TextInput, useNotify } from 'react-admin';
import { toHttpError } from '../../providers/httpError';
import { trpc } from '../../providers/trpcClient';
import { ActionDialog, type FormValues } from '../forms/ActionDialog';
import { useNotifyError } from '../useNotifyError';

interface SaveFilterDialogProps {
  resource: Resource;
  filter: Record<string, unknown>;
  onSaved: () => void;
  onClose: () => void;
}

/** Names the list's current filter and keeps it on the server for the signed-in user. */
export const SaveFilterDialog = ({ resource, filter, onSaved, onClose }: SaveFilterDialogProps) => {
  const notify = useNotify();
  const notifyError = useNotifyError();
  const onSubmit = async (values: FormValues) => {
    const name = String(values.name ?? '');
    try {
      await trpc.savedFilters.create.mutate({ resource, name, filter });
    } catch (caught) {
      const error = toHttpError(caught);
      const fields = error.body?.errors ?? {};
      if (fields.name) return { name: fields.name };
      onClose();
      notifyError(error);
      return undefined;
    }
    onClose();
    notify('cutover.saved_filters.saved', { type: 'info', messageArgs: { name } });
    onSaved();
    return undefined;
  };
  return (
    <ActionDialog
      title="cutover.saved_filters.save_title"
      submitLabel="ra.action.save"
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <TextInput
        source="name"
        label="cutover.saved_filters.name"
        validate={[required(), maxLength(100)]}
        fullWidth
        autoFocus
      />
    </ActionDialog>
  );
};
