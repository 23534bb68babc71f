import { z } from 'zod';
import { idSchema, versionSchema } from './inputs/ids';
import { textSchema } from './inputs/text';
import { bulkSelectionShape, exactlyOneSelection } from './staff-input';
import { chatKindValues, chatStatusValues, legacyPlatformValues } from './vocabulary/chats';

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
