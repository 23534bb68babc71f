import { z } from 'zod';

/** The one list input shape every resource router accepts (react-admin's getList). */
export const listParamsSchema = z.object({
  page: z.number().int().min(1).default(1),
  perPage: z.number().int().min(1).max(500).default(25),
  sort: z
    .object({ field: z.string().min(1).max(64), order: z.enum(['ASC', 'DESC']) })
    .default({ field: 'id', order: 'ASC' }),
  filter: z.record(z.string(), z.unknown()).default({}),
});
export type ListParams = z.infer<typeof listParamsSchema>;

export const idSchema = z.coerce.number().int().positive().max(2_147_483_647);
export const byIdSchema = z.object({ id: idSchema });
export const byIdsSchema = z.object({ ids: z.array(idSchema).max(500) });

export interface ListResult<T> {
  data: T[];
  total: number;
}
