import type { ScopedData } from '@cutover/db';
import { childLevelOf, isValidKindForLevel, type orgUnitCreateSchema } from '@cutover/domain';
import type { z } from 'zod';
import { invalid } from '../errors';
import { keyedCreate } from '../idempotency';
import { visibleNode } from './load';

type OrgUnitCreate = z.infer<typeof orgUnitCreateSchema>;

/** Creates a unit; with an idempotency key, replays return that same unit. */
export function createOrgUnit(data: ScopedData, input: OrgUnitCreate) {
  return keyedCreate(
    data,
    'org_unit.create',
    input,
    async () => {
      const created = await insertOrgUnit(data, input);
      return { id: created.id, result: created };
    },
    (id) => visibleNode(data, id),
  );
}

async function insertOrgUnit(data: ScopedData, input: OrgUnitCreate) {
  const { idempotencyKey: _key, ...fields } = input;
  const parent = await visibleNode(data, fields.parentId).catch(() => {
    throw invalid({ parentId: 'errors.parent_not_found' });
  });
  if (parent.validTo) throw invalid({ parentId: 'errors.parent_closed' });
  const level = childLevelOf(parent.level);
  if (!level) throw invalid({ parentId: 'errors.parent_cannot_have_children' });
  if (!isValidKindForLevel(level, fields.kind))
    throw invalid({ kind: 'errors.kind_level_mismatch' });
  const id = await data.orgUnitWrites.create(
    {
      parentId: parent.id,
      level,
      kind: fields.kind,
      code: fields.code,
      name: fields.name,
      nameEn: fields.nameEn ?? null,
      authorityName: fields.authorityName ?? null,
      ...(fields.validFrom ? { validFrom: fields.validFrom } : {}),
    },
    parent.path,
  );
  const created = await visibleNode(data, id);
  await data.audit({
    action: 'org_unit.create',
    entityType: 'orgUnit',
    entityId: id,
    orgPath: created.path,
    after: { ...fields, level },
  });
  return created;
}
