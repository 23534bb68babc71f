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

/** "Count exactly": the list's filter, for the total a list only estimated. */
export const listCountSchema = z.object({ filter: listFilterSchema.default({}) });

export interface ListResult<T> {
  data: T[];
  /** The number of matching rows; with `moreThanTotal`, a lower bound. */
  total: number;
  /** More rows match than `total` (they were counted only up to a cap). */
  moreThanTotal?: true;
}
