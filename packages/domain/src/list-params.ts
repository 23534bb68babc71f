import { z } from 'zod';
import { listFilterSchema, sortFieldSchema } from './inputs/list-filter';

/** Deep enough for any real list; the offset it implies stays far inside PostgreSQL's range. */
export const MAX_PAGE = 1_000_000;

/** The one list input shape every resource router accepts (react-admin's getList). */
export const listParamsSchema = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  perPage: z.number().int().min(1).max(500).default(25),
  sort: z
    .object({ field: sortFieldSchema, order: z.enum(['ASC', 'DESC']) })
    .default({ field: 'id', order: 'ASC' }),
  filter: listFilterSchema.default({}),
});
export type ListParams = z.infer<typeof listParamsSchema>;

export interface ListResult<T> {
  data: T[];
  total: number;
}
