import { useEffect, useState } from 'react';
import { trpc } from '../providers/trpcClient';
import type { TreeNode } from './useTree';

// Position in a path is the level: 0 country, 1 region, 2 municipality.
const REGION = 1;
const MUNICIPALITY = 2;

/** Ids at one position of the paths, below the root, whose names are not known yet. */
export function missing(
  results: readonly Pick<TreeNode, 'path'>[],
  index: number,
  rootDepth: number,
  known: ReadonlyMap<number, unknown>,
) {
  const ids = new Set<number>();
  for (const { path } of results) {
    const id = path[index];
    if (index > rootDepth && index < path.length - 1 && id !== undefined && !known.has(id))
      ids.add(id);
  }
  return [...ids];
}

/**
 * Names of the ancestors of search results, for showing each result with its path: the
 * tree's nodes first, then the regions and municipalities asked for in one call each.
 */
export function usePathNames(
  results: readonly TreeNode[] | null,
  root: TreeNode | undefined,
  tree: ReadonlyMap<number, TreeNode>,
): ReadonlyMap<number, string> {
  const [fetched, setFetched] = useState<ReadonlyMap<number, string>>(new Map());
  const known = new Map(fetched);
  for (const node of tree.values()) known.set(node.id, node.name);
  const rootDepth = root ? root.path.length - 1 : Number.POSITIVE_INFINITY;
  const regions = results ? missing(results, REGION, rootDepth, known) : [];
  const municipalities = results ? missing(results, MUNICIPALITY, rootDepth, known) : [];
  const key = `${regions.join()}|${municipalities.join()}`;

  // The key lists exactly the ids asked for: a new key, a new call.
  useEffect(() => {
    if (regions.length === 0 && municipalities.length === 0) return;
    let current = true;
    Promise.all([
      regions.length > 0 ? trpc.regions.byIds.query({ ids: regions }) : [],
      municipalities.length > 0 ? trpc.municipalities.byIds.query({ ids: municipalities }) : [],
    ])
      .then(([a, b]) => {
        if (!current) return;
        setFetched((old) => new Map([...old, ...[...a, ...b].map((u) => [u.id, u.name] as const)]));
      })
      .catch(() => {
        // Without the names a result still shows its own name and links to its page.
      });
    return () => {
      current = false;
    };
  }, [key]);
  return known;
}
