import { z } from 'zod';
import { idSchema } from './list-params';
import { institutionKinds, orgKinds } from './org-units';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.invalid_date');
const code = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Za-z0-9-]+$/, 'errors.invalid_code');
const name = z.string().trim().min(2).max(300);

export const orgUnitCreateSchema = z.object({
  parentId: idSchema,
  kind: z.enum(orgKinds),
  code,
  name,
  nameEn: z.string().trim().max(300).nullish(),
  authorityName: z.string().trim().max(300).nullish(),
  validFrom: isoDate.optional(),
});

export const orgUnitUpdateSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  code: code.optional(),
  name: name.optional(),
  nameEn: z.string().trim().max(300).nullish(),
  authorityName: z.string().trim().max(300).nullish(),
  kind: z.enum(institutionKinds).optional(),
});

export const orgUnitMoveSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  newParentId: idSchema,
  reason: z.string().trim().min(3).max(500),
});

export const orgUnitCloseSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  validTo: isoDate,
  reason: z.string().trim().min(3).max(500),
});

export const institutionMergeSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  targetId: idSchema,
  validTo: isoDate,
  reason: z.string().trim().min(3).max(500),
});
