import { createScopedData, type Database, loadScope, schema } from '@cutover/db';
import type { SignedIn } from './callers';

const actor = { userId: null, login: 'reachability-check', requestId: null, clientIp: null };

/**
 * For each admin, the units their scope reaches (through the scope functions, which read the
 * stored paths) and the units it should reach (those with the admin's scope node among their
 * ancestors, found by walking the parent links, independently of the paths). Equal lists
 * mean every unit is reachable by exactly the admins above it.
 */
export async function reachability(database: Database, admins: readonly SignedIn[]) {
  const units = await database.db
    .select({ id: schema.orgUnits.id, parentId: schema.orgUnits.parentId })
    .from(schema.orgUnits);
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const ids = units.map((u) => u.id).sort((a, b) => a - b);
  const isAbove = (ancestor: number, id: number) => {
    for (let at: number | null = id, steps = 0; at !== null && steps < 16; steps++) {
      if (at === ancestor) return true;
      at = parentOf.get(at) ?? null;
    }
    return false;
  };
  const result: { login: string; reaches: number[]; should: number[] }[] = [];
  for (const admin of admins) {
    const scope = await loadScope(database.db, admin.user.id);
    if (!scope) throw new Error(`no scope for ${admin.user.login}`);
    const seen = await createScopedData(database.db, scope, actor).orgUnits.byIds(undefined, ids);
    result.push({
      login: admin.user.login,
      reaches: seen.map((u) => u.id).sort((a, b) => a - b),
      should: ids.filter((id) => isAbove(admin.node.id, id)),
    });
  }
  return result;
}
