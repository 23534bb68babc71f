import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { type ReactNode, useId, useState } from 'react';
import { Button, Form, RecordContextProvider, SaveButton, useTranslate } from 'react-admin';

export type FormValues = Record<string, unknown>;
export type SubmitResult = Promise<Record<string, string> | undefined>;

interface ActionDialogProps {
  title: string;
  titleArgs?: Record<string, unknown>;
  submitLabel: string;
  onSubmit: (values: FormValues) => SubmitResult;
  onClose: () => void;
  defaultValues?: FormValues;
  /** `sm` by default; `xs` for a single short input. */
  maxWidth?: DialogProps['maxWidth'];
  children: ReactNode;
}

/** A titled form in a dialog: the shell of every record action (move, close, transfer...). */
export const ActionDialog = (props: ActionDialogProps) => {
  const { title, titleArgs, submitLabel, onSubmit, onClose, defaultValues, children } = props;
  const { maxWidth = 'sm' } = props;
  const translate = useTranslate();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const submit = async (values: FormValues) => {
    setBusy(true);
    try {
      return await onSubmit(values);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth={maxWidth}>
      {/* No record: a Form would otherwise start from the shown record's values. */}
      <RecordContextProvider value={undefined}>
        <Form onSubmit={submit} defaultValues={defaultValues} noValidate>
          <DialogTitle id={titleId}>{translate(title, titleArgs)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          {/* While the server works, a labelled bar says so (a move rewrites a whole subtree). */}
          {busy ? <LinearProgress aria-label={translate('cutover.edit.working')} /> : null}
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <SaveButton label={submitLabel} alwaysEnable={!busy} />
          </DialogActions>
        </Form>
      </RecordContextProvider>
    </Dialog>
  );
};
