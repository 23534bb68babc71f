import { z } from 'zod';
import { savedFilterSchema } from './inputs/list-filter';
import { textSchema } from './inputs/text';
import { resources } from './roles';

const resource = z.enum(resources);

export const savedFilterListSchema = z.object({ resource });

export const savedFilterCreateSchema = z.object({
  resource,
  name: textSchema({ min: 1, max: 100 }),
  filter: savedFilterSchema,
});
export type SavedFilterCreateInput = z.infer<typeof savedFilterCreateSchema>;
