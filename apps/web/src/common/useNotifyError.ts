import { useCallback } from 'react';
import { HttpError, useNotify } from 'react-admin';

/** Shows a failed call's i18n message, with the server's parameters (e.g. minutes to wait). */
export function useNotifyError() {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      const message = error instanceof HttpError ? error.message : 'errors.internal';
      const body: unknown = error instanceof HttpError ? error.body : undefined;
      const params: unknown = typeof body === 'object' && body ? Reflect.get(body, 'params') : {};
      notify(message, {
        type: 'error',
        messageArgs: typeof params === 'object' && params ? { ...params } : {},
      });
    },
    [notify],
  );
}
