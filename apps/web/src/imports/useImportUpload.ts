import { useCallback, useEffect, useRef, useState } from 'react';
import { trpc } from '../providers/trpcClient';
import { uploadHash } from './fileHash';
import type { ImportFiles } from './types';
import { sendUpload, UploadFailed } from './uploadRequest';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'sending'; percent: number }
  /** The file is on the server, which parses, stages and checks it; percent from the job. */
  | { phase: 'checking'; percent: number | null }
  | { phase: 'done'; jobId: number }
  | { phase: 'failed'; key: string; requestId?: string | undefined };

const POLL_MS = 600;

/** The job the server is checking for this file, read while the upload request is pending. */
async function checkingProgress(hash: string): Promise<number | null> {
  const { data } = await trpc.imports.list.query({
    page: 1,
    perPage: 1,
    sort: { field: 'id', order: 'DESC' },
    filter: { fileSha256: hash, status: ['validating'] },
  });
  return data[0]?.progress ?? null;
}

/**
 * Uploads the files for a dry run and reports progress: bytes sent, then the server's own
 * progress on the job (polled by the file's hash, since the job id arrives with the answer).
 */
export function useImportUpload() {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (files: ImportFiles) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ phase: 'sending', percent: 0 });
    let poller: ReturnType<typeof setInterval> | undefined;
    try {
      const hash = await uploadHash(files);
      const onSent = (fraction: number) => {
        if (fraction < 1)
          return setState({ phase: 'sending', percent: Math.round(fraction * 100) });
        setState((s) => (s.phase === 'sending' ? { phase: 'checking', percent: null } : s));
      };
      if (hash) {
        poller = setInterval(() => {
          checkingProgress(hash).then(
            (percent) =>
              setState((s) =>
                s.phase === 'checking' && percent !== null ? { phase: 'checking', percent } : s,
              ),
            () => {},
          );
        }, POLL_MS);
      }
      const jobId = await sendUpload(files, onSent, current.signal);
      if (!current.signal.aborted) setState({ phase: 'done', jobId });
    } catch (error) {
      if (current.signal.aborted) return;
      setState(
        error instanceof UploadFailed
          ? { phase: 'failed', key: error.key, requestId: error.requestId }
          : { phase: 'failed', key: 'errors.internal' },
      );
    } finally {
      clearInterval(poller);
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel };
}
