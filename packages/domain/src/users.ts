import { z } from 'zod';
import { idSchema, versionSchema } from './inputs/ids';
import { textSchema } from './inputs/text';
import { roles } from './roles';

export const MIN_PASSWORD_LENGTH = 10;

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(200);

export const userCreateSchema = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .min(3)
    .max(200)
    .regex(/^[a-z0-9._@+-]+$/),
  displayName: textSchema({ min: 1, max: 200 }),
  role: z.enum(roles),
  scopeOrgUnitId: idSchema,
  password: passwordSchema,
});

export const userUpdateSchema = z.object({
  id: idSchema,
  version: versionSchema,
  displayName: textSchema({ min: 1, max: 200 }).optional(),
  role: z.enum(roles).optional(),
  scopeOrgUnitId: idSchema.optional(),
  disabled: z.boolean().optional(),
});

export const passwordResetSchema = z.object({
  id: idSchema,
  version: versionSchema,
  password: passwordSchema,
});
