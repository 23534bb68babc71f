import { type Database, insertAccount } from '@cutover/db';
import type { Role } from '@cutover/domain';
import type { Tree } from './tree-fixture';

const roleAtLevel: Record<string, Role> = {
  country: 'federal_admin',
  region: 'regional_admin',
  municipality: 'district_admin',
  institution: 'school_admin',
};

/** One account at every node, in the role that level is meant for: targets for user procedures. */
export async function createTargetUsers(database: Database, tree: Tree) {
  const ids = new Map<number, number>();
  for (const node of tree.nodes) {
    const user = await insertAccount(database.db, {
      login: `target-${node.code.toLowerCase()}@test`,
      displayName: `Target ${node.code}`,
      passwordHash: 'not-used',
      role: roleAtLevel[node.level] ?? 'auditor',
      scopeOrgUnitId: node.id,
      isDemo: false,
    });
    ids.set(node.id, user.id);
  }
  return (nodeId: number) => ids.get(nodeId) ?? null;
}
