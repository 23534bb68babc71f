import type { OrgUnitRecord, ScopedData } from '@cutover/db';
import type { OrgLevel } from '@cutover/domain';
import { notFound } from '../errors';

/** A node the caller can see, or "not found" (never "forbidden": no existence oracle). */
export async function visibleNode(data: ScopedData, id: number): Promise<OrgUnitRecord> {
  const [node] = await data.orgUnits.byIds(undefined, [id]);
  if (!node) throw notFound();
  return node;
}

/**
 * A node strictly inside the caller's subtree (its parent is visible too), or "not found":
 * what closing or merging a unit needs, so that nobody closes their own scope node.
 */
export async function visibleNodeBelowScope(data: ScopedData, id: number) {
  const node = await visibleNode(data, id);
  if (!node.parentId) throw notFound();
  await visibleNode(data, node.parentId);
  return node;
}

/** A visible node with the chain of its ancestors, for the breadcrumb. */
export async function nodeWithAncestors(data: ScopedData, id: number) {
  const node = await visibleNode(data, id);
  const ancestors = await data.orgUnits.ancestors(node.path.slice(0, -1));
  return { ...node, ancestors };
}

/** A unit of one level with its ancestors and the counts of its subtree. */
export async function levelUnitDetail(data: ScopedData, level: OrgLevel, id: number) {
  const [unit] = await data.orgUnits.byIds(level, [id]);
  if (!unit) throw notFound();
  const ancestors = await data.orgUnits.ancestors(unit.path.slice(0, -1));
  const counts = await data.orgUnits.subtreeCounts(unit.id);
  return { ...unit, ancestors, ...counts };
}

export function snapshotOf(node: OrgUnitRecord) {
  return {
    parentId: node.parentId,
    code: node.code,
    name: node.name,
    nameEn: node.nameEn,
    kind: node.kind,
    authorityName: node.authorityName,
    path: node.path,
    validFrom: node.validFrom,
    validTo: node.validTo,
    mergedIntoId: node.mergedIntoId,
  };
}
