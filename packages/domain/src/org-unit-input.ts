import { z } from 'zod';
import { isoDateSchema } from './inputs/dates';
import { idempotencyKeySchema } from './inputs/idempotency';
import { idSchema, versionSchema } from './inputs/ids';
import { reasonSchema, textSchema } from './inputs/text';
import { institutionKinds, orgKinds } from './org-units';

const code = textSchema({ min: 2, max: 32 }).regex(/^[A-Za-z0-9-]+$/, 'errors.invalid_code');
const name = textSchema({ min: 2, max: 300 });
const optionalName = textSchema({ max: 300 }).nullish();

export const orgUnitCreateSchema = z.object({
  parentId: idSchema,
  kind: z.enum(orgKinds),
  code,
  name,
  nameEn: optionalName,
  authorityName: optionalName,
  validFrom: isoDateSchema.optional(),
  /** One per form submission: a resent create returns the unit the first one made. */
  idempotencyKey: idempotencyKeySchema.optional(),
});

export const orgUnitUpdateSchema = z.object({
  id: idSchema,
  version: versionSchema,
  code: code.optional(),
  name: name.optional(),
  nameEn: optionalName,
  authorityName: optionalName,
  kind: z.enum(institutionKinds).optional(),
});

export const orgUnitMoveSchema = z.object({
  id: idSchema,
  version: versionSchema,
  newParentId: idSchema,
  reason: reasonSchema,
});

export const orgUnitCloseSchema = z.object({
  id: idSchema,
  version: versionSchema,
  validTo: isoDateSchema,
  reason: reasonSchema,
});

export const institutionMergeSchema = z.object({
  id: idSchema,
  version: versionSchema,
  targetId: idSchema,
  validTo: isoDateSchema,
  reason: reasonSchema,
});

export const orgUnitChildrenSchema = z.object({ parentId: idSchema.nullable() });

export const orgUnitSearchSchema = z.object({
  q: textSchema({ min: 2, max: 100 }),
  limit: z.number().int().min(1).max(100).default(30),
});
