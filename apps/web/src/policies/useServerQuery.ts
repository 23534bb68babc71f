import { useCallback, useEffect, useRef, useState } from 'react';
import { type HttpError, useLogoutIfAccessDenied } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError';
import { toHttpError } from '../providers/httpError';

/** One call to the server; memoise it on its inputs, so a new fetcher means new inputs. */
export type Fetcher<T> = (signal: AbortSignal) => Promise<T>;

interface Settled<T> {
  fetcher: Fetcher<T>;
  attempt: number;
  data?: T;
  error?: HttpError;
}

export interface ServerQuery<T> {
  data: T | undefined;
  error: HttpError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a tRPC query while its fetcher stays the same; a newer fetcher aborts the older call,
 * so a slow answer never overwrites a newer view. With `quiet`, failures are left to the
 * caller (the impact preview shows its own); otherwise they raise the app's error toast.
 */
export function useServerQuery<T>(fetcher: Fetcher<T> | null, quiet = false): ServerQuery<T> {
  const [settled, setSettled] = useState<Settled<T>>();
  const [attempt, setAttempt] = useState(0);
  const notifyError = useNotifyError();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const report = useRef({ notifyError, logoutIfAccessDenied, quiet });
  useEffect(() => {
    report.current = { notifyError, logoutIfAccessDenied, quiet };
  });

  useEffect(() => {
    if (!fetcher) return;
    const controller = new AbortController();
    fetcher(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ fetcher, attempt, data });
      },
      async (cause: unknown) => {
        if (controller.signal.aborted) return;
        const error = toHttpError(cause);
        setSettled({ fetcher, attempt, error });
        const loggedOut = await report.current.logoutIfAccessDenied(error);
        if (!loggedOut && !report.current.quiet) report.current.notifyError(error);
      },
    );
    return () => controller.abort();
  }, [fetcher, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const current =
    settled && settled.fetcher === fetcher && settled.attempt === attempt ? settled : undefined;
  // A reload (same fetcher, next attempt) keeps showing the last answer until the new one lands.
  const last = settled?.fetcher === fetcher ? settled.data : undefined;
  return {
    data: current ? current.data : last,
    error: current?.error,
    loading: fetcher !== null && current === undefined,
    reload,
  };
}
