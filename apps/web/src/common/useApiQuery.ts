import { useCallback, useEffect, useRef, useState } from 'react';
import { type HttpError, useLogoutIfAccessDenied } from 'react-admin';
import { toHttpError } from '../providers/httpError';
import { useNotifyError } from './useNotifyError';

/** One call to the server; memoise it on the call's inputs so a new one means new inputs. */
export type Fetcher<T> = ((signal: AbortSignal) => Promise<T>) & {
  /** Its answer if already in hand (the page carried it), taken once, instead of calling. */
  ready?: () => { value: T } | undefined;
};

interface Settled<T> {
  fetcher: Fetcher<T>;
  attempt: number;
  data?: T;
  error?: HttpError;
}

export interface ApiQuery<T> {
  data: T | undefined;
  error: HttpError | undefined;
  loading: boolean;
  /** Asks again with the same fetcher (after a failure, or after a change elsewhere). */
  retry: () => void;
}

export interface ApiQueryOptions {
  /** Failures are left to the caller (e.g. an inline preview) instead of raising the toast. */
  quiet?: boolean;
}

/**
 * Runs a tRPC call for as long as its fetcher stays the same; a newer fetcher aborts the
 * older call, so a slow answer never overwrites a newer view. Failures go through the
 * app's notify path (translated `errors.*` keys), a lost session through react-admin's logout.
 */
export function useApiQuery<T>(
  fetcher: Fetcher<T> | null,
  { quiet = false }: ApiQueryOptions = {},
): ApiQuery<T> {
  // An answer in hand is shown by the first render: no skeleton, no second render for it.
  const [settled, setSettled] = useState<Settled<T> | undefined>(() => {
    const ready = fetcher?.ready?.();
    return fetcher && ready ? { fetcher, attempt: 0, data: ready.value } : undefined;
  });
  const readyFetcher = useRef(settled?.fetcher);
  const [attempt, setAttempt] = useState(0);
  const notifyError = useNotifyError();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const report = useRef({ notifyError, logoutIfAccessDenied, quiet });
  useEffect(() => {
    report.current = { notifyError, logoutIfAccessDenied, quiet };
  });

  useEffect(() => {
    if (!fetcher || (fetcher === readyFetcher.current && attempt === 0)) return;
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

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const current =
    settled && settled.fetcher === fetcher && settled.attempt === attempt ? settled : undefined;
  // A retry (same fetcher, next attempt) keeps showing the last answer until the new one lands.
  const last = settled?.fetcher === fetcher ? settled.data : undefined;
  return {
    data: current ? current.data : last,
    error: current?.error,
    loading: fetcher !== null && current === undefined,
    retry,
  };
}
