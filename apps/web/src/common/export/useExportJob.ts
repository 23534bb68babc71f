import type { ExportCreateInput } from '@cutover/domain';
import { useCallback, useEffect, useState } from 'react';
import { toHttpError } from '../../providers/httpError';
import { trpc } from '../../providers/trpcClient';
import { readStoredJobId } from './exportInput';

/** How often a running job is asked about. */
const POLL_MS = 1_500;

type Job = Awaited<ReturnType<typeof trpc.exports.byId.query>>;

export type ExportState =
  | { step: 'idle' }
  | { step: 'starting' }
  | { step: 'running'; jobId: number; job?: Job }
  | { step: 'ready'; job: Job }
  | { step: 'failed'; message: string };

/** A job's stored error is a message key; anything else is shown as the generic failure. */
function messageOf(error: string | null) {
  return error && /^(?:exports\.)?errors\.[a-z0-9_]+$/.test(error) ? error : 'errors.internal';
}

function read(key: string) {
  try {
    return readStoredJobId(sessionStorage.getItem(key));
  } catch {
    return undefined;
  }
}

function write(key: string, jobId: number | undefined) {
  try {
    if (jobId === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, String(jobId));
  } catch {
    // Storage may be off (private mode); the job still runs, only a reload forgets it.
  }
}

/**
 * One export job for a page: started from an input, then polled until it succeeds or
 * fails. The job id stays in sessionStorage under `storageKey` until `reset`, so a reload
 * picks the job up again.
 */
export function useExportJob(storageKey: string) {
  const [state, setState] = useState<ExportState>(() => {
    const jobId = read(storageKey);
    return jobId === undefined ? { step: 'idle' } : { step: 'running', jobId };
  });
  const runningId = state.step === 'running' ? state.jobId : undefined;

  useEffect(() => {
    if (runningId === undefined) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const job = await trpc.exports.byId.query({ id: runningId });
        if (stopped) return;
        if (job.status === 'succeeded') setState({ step: 'ready', job });
        else if (job.status === 'failed' || job.status === 'cancelled') {
          write(storageKey, undefined);
          setState({ step: 'failed', message: messageOf(job.error) });
        } else {
          setState({ step: 'running', jobId: runningId, job });
          timer = setTimeout(poll, POLL_MS);
        }
      } catch (caught) {
        if (stopped) return;
        write(storageKey, undefined);
        setState({ step: 'failed', message: toHttpError(caught).message });
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runningId, storageKey]);

  const start = useCallback(
    async (input: ExportCreateInput) => {
      setState({ step: 'starting' });
      try {
        const job = await trpc.exports.create.mutate(input);
        write(storageKey, job.id);
        setState({ step: 'running', jobId: job.id, job });
      } catch (caught) {
        setState({ step: 'failed', message: toHttpError(caught).message });
      }
    },
    [storageKey],
  );

  const reset = useCallback(() => {
    write(storageKey, undefined);
    setState({ step: 'idle' });
  }, [storageKey]);

  /** The job is over for this page (its file expired): forget it and say why. */
  const fail = useCallback(
    (message: string) => {
      write(storageKey, undefined);
      setState({ step: 'failed', message });
    },
    [storageKey],
  );

  return { state, start, reset, fail };
}
