import type { OrgLevel } from '@cutover/domain';
import { useEffect, useState } from 'react';
import { trpc } from '../../providers/trpcClient';
import type { TreeNode } from './useScopeRoot';

export type OrgOption = Pick<TreeNode, 'id' | 'name' | 'code' | 'level'>;

export const MIN_QUERY = 2;
// The server searches every level; its maximum leaves enough after the level cut.
const SEARCH_LIMIT = 100;
const DEBOUNCE_MS = 250;

/** Units seen in this page's life, so a chosen value keeps its name without another call. */
const known = new Map<number, OrgOption>();

function remember(found: readonly OrgOption[]): OrgOption[] {
  for (const { id, name, code, level } of found) known.set(id, { id, name, code, level });
  return [...found];
}

/** Before anything is typed: the caller's scope node and the level right under it. */
async function topOfScope(): Promise<OrgOption[]> {
  const [root] = await trpc.orgUnits.children.query({ parentId: null });
  if (!root) return [];
  return [root, ...(await trpc.orgUnits.children.query({ parentId: root.id }))];
}

interface OptionsState {
  options: OrgOption[];
  loading: boolean;
}

/** Units of the given levels: the top of the caller's scope, or what the text finds in it. */
export function useOrgUnitOptions(text: string, levels: readonly OrgLevel[], open: boolean) {
  const [state, setState] = useState<OptionsState>({ options: [], loading: false });
  const levelKey = levels.join();
  useEffect(() => {
    if (!open) return;
    const q = text.trim();
    const searching = q.length >= MIN_QUERY;
    const wanted = new Set(levelKey.split(','));
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(
      () => {
        const request = searching
          ? trpc.orgUnits.search.query({ q, limit: SEARCH_LIMIT })
          : topOfScope();
        request
          .then((found) => {
            const options = remember(found).filter((option) => wanted.has(option.level));
            if (current) setState({ options, loading: false });
          })
          .catch(() => {
            if (current) setState({ options: [], loading: false });
          });
      },
      searching ? DEBOUNCE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, levelKey, open]);
  return state;
}

/** The unit behind a stored id (a filter in the URL, a saved filter), by name. */
export function useOrgUnit(id: number | null): OrgOption | undefined {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (id === null || known.has(id)) return;
    let current = true;
    trpc.orgUnits.byId
      .query({ id })
      .then((node) => {
        remember([node]);
        if (current) setLoaded((count) => count + 1);
      })
      .catch(() => {
        // Out of scope or gone: the picker shows no name, and the server filters nothing.
      });
    return () => {
      current = false;
    };
  }, [id]);
  return id === null ? undefined : known.get(id);
}
