/**
 * Moving, closing and merging a unit act from above: the server needs the caller's scope
 * over the unit's parent. The caller has it exactly when the parent is among the ancestors
 * byId returned (they are filtered to the caller's scope); until byId answers, no.
 */
export function parentInReach(unit: {
  parentId: number | null;
  ancestors?: readonly { id: number }[] | undefined;
}): boolean {
  return unit.parentId !== null && (unit.ancestors ?? []).some((a) => a.id === unit.parentId);
}
