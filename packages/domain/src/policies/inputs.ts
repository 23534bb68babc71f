import { z } from 'zod';
import { idSchema } from '../inputs/ids';
import { reasonSchema as reason } from '../inputs/text';
import { policyKeys } from './catalog';

const key = z.enum(policyKeys);

/** The node whose policies are read; the caller's own scope node when absent. */
export const policyNodeSchema = z.object({ orgUnitId: idSchema.optional() });

export const policyOverridesSchema = z.object({ orgUnitId: idSchema.optional(), key });

export const policyChangeSchema = z.object({
  orgUnitId: idSchema,
  key,
  value: z.unknown(),
  locked: z.boolean().default(false),
});

export const policySetSchema = policyChangeSchema.extend({ reason });

export const policyRemoveSchema = z.object({ orgUnitId: idSchema, key, reason });
