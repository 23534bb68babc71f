/**
 * Materialized paths are arrays of org-unit ids from the root to the node itself.
 * Containment is decided segment by segment, never by string prefix, so that
 * node 2 never "contains" node 23.
 */
export type OrgPath = readonly number[];

export function isWithin(path: OrgPath, ancestorPath: OrgPath): boolean {
  if (ancestorPath.length === 0 || ancestorPath.length > path.length) return false;
  return ancestorPath.every((segment, index) => path[index] === segment);
}

export function childPath(parentPath: OrgPath, id: number): number[] {
  return [...parentPath, id];
}

export function ancestorIds(path: OrgPath): number[] {
  return path.slice(0, -1);
}

/** Moving `nodePath` under `newParentPath` is a cycle when the new parent lies inside the node. */
export function wouldCreateCycle(nodePath: OrgPath, newParentPath: OrgPath): boolean {
  return isWithin(newParentPath, nodePath);
}

/** Rewrites a descendant's path when the subtree rooted at `oldRoot` moves to `newRoot`. */
export function rebasePath(path: OrgPath, oldRoot: OrgPath, newRoot: OrgPath): number[] {
  if (!isWithin(path, oldRoot)) throw new Error('path is not inside the moved subtree');
  return [...newRoot, ...path.slice(oldRoot.length)];
}
