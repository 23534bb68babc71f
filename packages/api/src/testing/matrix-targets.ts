import { type Database, recordAudit, schema } from '@cutover/db';
import { isWithin, type OrgLevel } from '@cutover/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Tree, TreeNode } from './tree-fixture';

export const targetRelations = ['own', 'sibling', 'ancestor', 'unknown'] as const;
export type TargetRelation = (typeof targetRelations)[number];

export type TargetKind = OrgLevel | 'staff' | 'chat' | 'user' | 'audit' | 'deadline' | 'anyNode';

export const UNKNOWN_ID = 1_999_999;

/** Picks a node of `level` standing in `relation` to the scope node, or null if none exists. */
export function nodeFor(tree: Tree, scope: TreeNode, relation: TargetRelation, level?: OrgLevel) {
  const candidates = tree.nodes.filter((n) => !level || n.level === level);
  if (relation === 'own') return candidates.find((n) => isWithin(n.path, scope.path)) ?? null;
  if (relation === 'ancestor') {
    return candidates.find((n) => scope.path.slice(0, -1).includes(n.id)) ?? null;
  }
  if (relation === 'sibling') {
    return (
      candidates.find((n) => !isWithin(n.path, scope.path) && !scope.path.includes(n.id)) ?? null
    );
  }
  return null;
}

/** Ids of rows of each kind attached to each node, created once for the matrix. */
export async function rowsByNode(database: Database, tree: Tree) {
  const { db } = database;
  const staffRows = await db
    .select({ id: schema.staff.id, orgUnitId: schema.staff.orgUnitId })
    .from(schema.staff)
    .where(
      inArray(
        schema.staff.orgUnitId,
        tree.nodes.map((n) => n.id),
      ),
    );
  const chatRows = await db
    .insert(schema.officialChats)
    .values(
      tree.nodes
        .filter((n) => n.level === 'institution')
        .map((n) => ({
          orgUnitId: n.id,
          kind: 'class_parent' as const,
          classLabel: '5А',
          title: `5А parents ${n.code}`,
          legacyPlatform: 'whatsapp' as const,
          parentsExpected: 25,
        })),
    )
    .returning({ id: schema.officialChats.id, orgUnitId: schema.officialChats.orgUnitId });
  const [wave] = await db
    .insert(schema.waves)
    .values({
      code: 'school_chats',
      nameEn: 'School chats',
      nameRu: 'Школьные чаты',
      opensOn: '2025-08-25',
      nationalDeadline: '2026-12-31',
    })
    .returning({ id: schema.waves.id });
  const waveId = wave?.id ?? 0;
  // Deeper nodes set earlier deadlines, as the rule requires.
  const deadlineRows = await db
    .insert(schema.deadlines)
    .values(
      tree.nodes.map((n) => ({
        orgUnitId: n.id,
        waveId,
        deadline: `2026-${String(12 - n.path.length).padStart(2, '0')}-01`,
        reason: 'fixture',
      })),
    )
    .returning({ id: schema.deadlines.id, orgUnitId: schema.deadlines.orgUnitId });
  await db.insert(schema.policySettings).values(
    tree.nodes
      .filter((n) => n.level === 'municipality')
      .map((n) => ({
        orgUnitId: n.id,
        key: 'childrens_mode.pin_length',
        value: 6,
        reason: 'fixture',
      })),
  );
  const auditIds = new Map<number, number>();
  for (const node of tree.nodes) {
    await recordAudit(
      db,
      { userId: null, login: 'fixture', requestId: null, clientIp: null },
      {
        action: 'org_unit.update',
        entityType: 'orgUnit',
        entityId: node.id,
        orgPath: node.path,
      },
    );
    const [row] = await db
      .select({ id: schema.auditLog.id })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entityId, String(node.id)));
    if (row) auditIds.set(node.id, row.id);
  }
  return {
    staff: (nodeId: number) => staffRows.find((s) => s.orgUnitId === nodeId)?.id ?? null,
    chat: (nodeId: number) => chatRows.find((c) => c.orgUnitId === nodeId)?.id ?? null,
    audit: (nodeId: number) => auditIds.get(nodeId) ?? null,
    deadline: (nodeId: number) => deadlineRows.find((d) => d.orgUnitId === nodeId)?.id ?? null,
    waveId,
  };
}
