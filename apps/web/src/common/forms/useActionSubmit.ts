import { useCallback } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { toHttpError } from '../../providers/httpError';
import { useNotifyError } from '../useNotifyError';
import { useStaleVersion } from './StaleVersion';

interface ActionOptions {
  /** The form's own inputs: server field errors for them show on the field. */
  fields: readonly string[];
  /** i18n key of the success notice. */
  done: string;
  doneArgs?: Record<string, unknown>;
  close: () => void;
  onSuccess?: (result: unknown) => void;
}

/**
 * Submits a dialog form through a direct tRPC call (actions the generic data provider does
 * not know): field errors go back onto the form, anything else closes the dialog and is
 * reported (a stale version as the page's reload notice), success refreshes the page.
 */
export function useActionSubmit() {
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const { report } = useStaleVersion();
  return useCallback(
    async (call: () => Promise<unknown>, options: ActionOptions) => {
      let result: unknown;
      try {
        result = await call();
      } catch (caught) {
        const error = toHttpError(caught);
        const errors = error.body?.errors ?? {};
        const onForm = Object.keys(errors).filter((name) => options.fields.includes(name));
        if (onForm.length > 0) return errors;
        options.close();
        if (!report(error)) notifyError(error);
        return undefined;
      }
      options.close();
      notify(options.done, { type: 'info', messageArgs: options.doneArgs });
      options.onSuccess?.(result);
      refresh();
      return undefined;
    },
    [notify, notifyError, refresh, report],
  );
}
