import { type ReactElement, type ReactNode, useState } from 'react';
import { Button, useListContext, useLocaleState, useNotify, useRefresh } from 'react-admin';
import { toHttpError } from '../../providers/httpError';
import { useNotifyError } from '../useNotifyError';
import { type Selection, useAllMatching, useSelection } from './AllMatching';
import { BulkDialog, type BulkValues } from './BulkDialog';

interface BulkActionButtonProps {
  label: string;
  icon: ReactElement;
  inputs?: ReactNode;
  /** Calls the server for the selection; returns how many records changed (or would). */
  execute: (selection: Selection, values: BulkValues, dryRun: boolean) => Promise<number>;
  confirmMessage: string;
  doneMessage: string;
}

/** A bulk action of a list's toolbar: counts, asks, runs, reports, clears the selection. */
export const BulkActionButton = (props: BulkActionButtonProps) => {
  const { label, icon, inputs, execute, confirmMessage, doneMessage } = props;
  const [open, setOpen] = useState(false);
  const [selection, setSelection] = useState<Selection>({ ids: [] });
  const selected = useSelection();
  const { onUnselectItems, total } = useListContext();
  const { setAllMatching } = useAllMatching();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [locale] = useLocaleState();

  const start = () => {
    // Fixed when the dialog opens: the count the user confirms is of this selection.
    setSelection(selected());
    setOpen(true);
  };
  const onDone = (affected: number) => {
    setOpen(false);
    notify(doneMessage, {
      type: 'info',
      messageArgs: { smart_count: affected, count: affected.toLocaleString(locale) },
    });
    setAllMatching(false);
    onUnselectItems();
    refresh();
  };
  const onFailed = (error: unknown) => {
    setOpen(false);
    notifyError(toHttpError(error));
  };

  return (
    <>
      <Button label={label} onClick={start}>
        {icon}
      </Button>
      {open ? (
        <BulkDialog
          title={label}
          inputs={inputs}
          execute={(values, dryRun) => execute(selection, values, dryRun)}
          confirmMessage={confirmMessage}
          chosen={'ids' in selection ? selection.ids.length : (total ?? 0)}
          onDone={onDone}
          onFailed={onFailed}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
};
