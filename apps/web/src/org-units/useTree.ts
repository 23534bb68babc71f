import { useCallback, useMemo, useRef, useState } from 'react';
import type { TreeNode } from '../common/org-unit/useScopeRoot';
import { toHttpError } from '../providers/httpError';
import { trpc } from '../providers/trpcClient';

export type { TreeNode };

export type Branch =
  | { status: 'loading' }
  | { status: 'loaded'; nodes: TreeNode[] }
  | { status: 'failed'; error: string };

/** The branch of the scope root itself (orgUnits.children with a null parent). */
export const ROOT = 0;

export interface Tree {
  branches: ReadonlyMap<number, Branch>;
  expanded: ReadonlySet<number>;
  /** Every node loaded so far, by id (names for search result paths). */
  known: ReadonlyMap<number, TreeNode>;
  load: (parentId: number) => Promise<void>;
  toggle: (id: number) => void;
  /** Expands the branches down to a node (ids of its path, root first). */
  reveal: (path: readonly number[]) => Promise<void>;
}

/** A lazily loaded tree: a branch is fetched the first time it opens, then kept. */
export function useTree(): Tree {
  const [branches, setBranches] = useState<Map<number, Branch>>(new Map());
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const pending = useRef(new Map<number, Promise<void>>());

  const load = useCallback((parentId: number) => {
    const running = pending.current.get(parentId);
    if (running) return running;
    const set = (branch: Branch) => setBranches((old) => new Map(old).set(parentId, branch));
    set({ status: 'loading' });
    const request = trpc.orgUnits.children
      .query({ parentId: parentId === ROOT ? null : parentId })
      .then((nodes) => set({ status: 'loaded', nodes }))
      .catch((error: unknown) => {
        // A failed branch may be opened again to retry.
        pending.current.delete(parentId);
        set({ status: 'failed', error: toHttpError(error).message });
      });
    pending.current.set(parentId, request);
    return request;
  }, []);

  const toggle = useCallback(
    (id: number) => {
      setExpanded((old) => {
        const next = new Set(old);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      void load(id);
    },
    [load],
  );

  const reveal = useCallback(
    async (path: readonly number[]) => {
      const ancestors = path.slice(0, -1);
      setExpanded((old) => new Set([...old, ...ancestors]));
      await Promise.all(ancestors.map((id) => load(id)));
    },
    [load],
  );

  const known = useMemo(() => {
    const nodes = new Map<number, TreeNode>();
    for (const branch of branches.values()) {
      if (branch.status === 'loaded') for (const node of branch.nodes) nodes.set(node.id, node);
    }
    return nodes;
  }, [branches]);

  return { branches, expanded, known, load, toggle, reveal };
}
