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

/**
 * Whether the caller may open a row's parent: its path (the row's path without the row)
 * passes through the caller's scope node. A row's own parent may lie above the scope (a
 * district admin's own municipality); its name still shows, as plain text.
 */
export function parentInScope(
  row: { parentId: number | null; path: readonly number[] },
  scopeId: number | undefined,
): boolean {
  return row.parentId !== null && scopeId !== undefined && row.path.slice(0, -1).includes(scopeId);
}
