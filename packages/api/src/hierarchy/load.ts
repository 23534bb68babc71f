import type { OrgUnitRecord, ScopedData } from '@cutover/db';
import { notFound } from '../errors';

/** A node the caller can see, or "not found" (never "forbidden": no existence oracle). */
export async function visibleNode(data: ScopedData, id: number): Promise<OrgUnitRecord> {
  const [node] = await data.orgUnits.byIds(undefined, [id]);
  if (!node) throw notFound();
  return node;
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
