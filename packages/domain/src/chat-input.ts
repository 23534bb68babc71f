import { z } from 'zod';
import { idSchema, versionSchema } from './inputs/ids';
import { textSchema } from './inputs/text';
import { bulkSelectionShape, exactlyOneSelection } from './staff-input';

/** These mirror the database enums; a test in the api package keeps them equal. */
export const chatKindValues = ['class_parent', 'class_pupil', 'staff', 'other'] as const;
export const chatStatusValues = ['legacy', 'migrating', 'migrated', 'legacy_closed'] as const;
export const legacyPlatformValues = [
  'whatsapp',
  'telegram',
  'viber',
  'vk',
  'sferum',
  'none',
] as const;
export type ChatStatus = (typeof chatStatusValues)[number];

const count = z.number().int().min(0).max(100_000);

export const chatUpdateSchema = z.object({
  id: idSchema,
  version: versionSchema,
  kind: z.enum(chatKindValues).optional(),
  classLabel: textSchema({ max: 20 }).nullish(),
  title: textSchema({ min: 1, max: 300 }).optional(),
  legacyPlatform: z.enum(legacyPlatformValues).optional(),
  status: z.enum(chatStatusValues).optional(),
  parentsExpected: count.optional(),
  parentsJoined: count.optional(),
});

export const chatBulkStatusSchema = z
  .object({ status: z.enum(chatStatusValues), ...bulkSelectionShape })
  .superRefine(exactlyOneSelection);
export type ChatBulkStatusInput = z.infer<typeof chatBulkStatusSchema>;
