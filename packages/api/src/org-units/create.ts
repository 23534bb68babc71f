import type { ScopedData } from '@cutover/db';
import { childLevelOf, isValidKindForLevel, type orgUnitCreateSchema } from '@cutover/domain';
import type { z } from 'zod';
import { invalid } from '../errors';
import { visibleNode } from './load';

export async function createOrgUnit(data: ScopedData, input: z.infer<typeof orgUnitCreateSchema>) {
  const parent = await visibleNode(data, input.parentId).catch(() => {
    throw invalid({ parentId: 'errors.parent_not_found' });
  });
  if (parent.validTo) throw invalid({ parentId: 'errors.parent_closed' });
  const level = childLevelOf(parent.level);
  if (!level) throw invalid({ parentId: 'errors.parent_cannot_have_children' });
  if (!isValidKindForLevel(level, input.kind))
    throw invalid({ kind: 'errors.kind_level_mismatch' });
  const id = await data.orgUnitWrites.create(
    {
      parentId: parent.id,
      level,
      kind: input.kind,
      code: input.code,
      name: input.name,
      nameEn: input.nameEn ?? null,
      authorityName: input.authorityName ?? null,
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
    },
    parent.path,
  );
  const created = await visibleNode(data, id);
  await data.audit({
    action: 'org_unit.create',
    entityType: 'orgUnit',
    entityId: id,
    orgPath: created.path,
    after: { ...input, level },
  });
  return created;
}
