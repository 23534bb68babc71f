import type { RouterOutputs } from '@cutover/api';
import type { Resource } from '@cutover/domain';
import { useCallback, useEffect, useState } from 'react';
import { toHttpError } from '../../providers/httpError';
import { trpc } from '../../providers/trpcClient';
import { useNotifyError } from '../useNotifyError';

export type SavedFilter = RouterOutputs['savedFilters']['list'][number];

/** The caller's own saved filters of one list, kept on the server (they follow the user). */
export function useSavedFilters(resource: Resource, enabled: boolean) {
  const [saved, setSaved] = useState<SavedFilter[]>([]);
  const [loading, setLoading] = useState(false);
  const notifyError = useNotifyError();

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setSaved(await trpc.savedFilters.list.query({ resource }));
    } catch (error) {
      notifyError(toHttpError(error));
    } finally {
      setLoading(false);
    }
  }, [resource, notifyError]);

  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, reload]);

  const remove = async (id: number) => {
    try {
      await trpc.savedFilters.delete.mutate({ id });
    } catch (error) {
      notifyError(toHttpError(error));
    }
    await reload();
  };

  return { saved, loading, reload, remove };
}
