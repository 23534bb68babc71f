import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { Button, Form, SaveButton, useLocaleState, useTranslate } from 'react-admin';
import { toHttpError } from '../../providers/httpError';

export type BulkValues = Record<string, unknown>;

type Phase =
  | { step: 'form' }
  | { step: 'counting' }
  | { step: 'confirm'; values: BulkValues; affected: number }
  | { step: 'running'; values: BulkValues; affected: number };

export interface BulkDialogProps {
  title: string;
  /** Inputs asked before counting (a target, a new status); none: count straight away. */
  inputs?: ReactNode;
  /** Runs the action, or only counts what it would change (dryRun). */
  execute: (values: BulkValues, dryRun: boolean) => Promise<number>;
  /** "Deactivate %{smart_count} staff members?" */
  confirmMessage: string;
  /** How many records were chosen: some may already be in the wanted state. */
  chosen: number;
  onDone: (affected: number) => void;
  onFailed: (error: unknown) => void;
  onClose: () => void;
}

/**
 * A bulk change in two steps: the server counts what the selection would change (a dry
 * run), the user confirms that number, then the change runs, with progress shown throughout.
 */
export const BulkDialog = (props: BulkDialogProps) => {
  const { title, inputs, execute, confirmMessage, chosen, onDone, onFailed, onClose } = props;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const [phase, setPhase] = useState<Phase>(inputs ? { step: 'form' } : { step: 'counting' });

  const count = async (values: BulkValues) => {
    setPhase({ step: 'counting' });
    try {
      setPhase({ step: 'confirm', values, affected: await execute(values, true) });
    } catch (caught) {
      const fields = toHttpError(caught).body?.errors ?? {};
      setPhase({ step: 'form' });
      if (inputs && Object.keys(fields).length > 0) return fields;
      onFailed(caught);
    }
    return undefined;
  };

  // Counts once, on opening, when there is nothing to ask first.
  useEffect(() => {
    if (!inputs) void count({});
  }, []);

  const run = async (values: BulkValues, affected: number) => {
    setPhase({ step: 'running', values, affected });
    try {
      onDone(await execute(values, false));
    } catch (caught) {
      onFailed(caught);
    }
  };

  const busy = phase.step === 'counting' || phase.step === 'running';
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
      {phase.step === 'form' || phase.step === 'counting' ? (
        <Form onSubmit={count} noValidate>
          <DialogContent>
            {inputs}
            {phase.step === 'counting' ? (
              <DialogContentText>{translate('cutover.bulk.counting')}</DialogContentText>
            ) : null}
          </DialogContent>
          {busy ? <LinearProgress aria-label={translate('cutover.bulk.counting')} /> : null}
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} disabled={busy} />
            {inputs ? <SaveButton label="cutover.bulk.continue" alwaysEnable={!busy} /> : null}
          </DialogActions>
        </Form>
      ) : (
        <>
          <DialogContent>
            <DialogContentText>
              {phase.affected === 0
                ? translate('cutover.bulk.nothing')
                : translate(confirmMessage, {
                    smart_count: phase.affected,
                    count: phase.affected.toLocaleString(locale),
                  })}
            </DialogContentText>
            {phase.affected > 0 && chosen > phase.affected ? (
              <DialogContentText sx={{ mt: 1 }}>
                {translate('cutover.bulk.unchanged', {
                  smart_count: chosen - phase.affected,
                  count: (chosen - phase.affected).toLocaleString(locale),
                })}
              </DialogContentText>
            ) : null}
          </DialogContent>
          {busy ? <LinearProgress aria-label={translate('cutover.bulk.running')} /> : null}
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} disabled={busy} />
            {phase.affected > 0 ? (
              <Button
                label="ra.action.confirm"
                variant="contained"
                disabled={busy}
                onClick={() => run(phase.values, phase.affected)}
              />
            ) : null}
          </DialogActions>
        </>
      )}
    </Dialog>
  );
};
