import { useEffect, useState } from 'react';
import { toHttpError } from '../providers/httpError';
import { trpc } from '../providers/trpcClient';
import type { TreeNode } from './useTree';

export const MIN_QUERY = 2;
const DEBOUNCE_MS = 300;

export interface SearchState {
  results: TreeNode[] | null;
  searching: boolean;
  error: string | null;
}

/** Units whose name or code matches, anywhere in the caller's scope (debounced). */
export function useSearch(text: string): SearchState {
  const [state, setState] = useState<SearchState>({ results: null, searching: false, error: null });
  useEffect(() => {
    const q = text.trim();
    if (q.length < MIN_QUERY) {
      setState({ results: null, searching: false, error: null });
      return;
    }
    let current = true;
    setState((old) => ({ ...old, searching: true }));
    const timer = setTimeout(() => {
      trpc.orgUnits.search
        .query({ q, limit: 30 })
        .then((results) => {
          if (current) setState({ results, searching: false, error: null });
        })
        .catch((error: unknown) => {
          if (current)
            setState({ results: [], searching: false, error: toHttpError(error).message });
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  return state;
}
