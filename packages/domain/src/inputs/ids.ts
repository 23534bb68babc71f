import { z } from 'zod';

/** The largest id and version a PostgreSQL `integer` column holds. */
export const MAX_ID = 2_147_483_647;

/** The one positive-id rule: a whole number from 1 to MAX_ID. */
export function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_ID;
}

/** An id written as text (a route segment, a URL parameter): plain decimal digits only. */
export function idFromText(text: string | null | undefined): number | undefined {
  if (typeof text !== 'string' || !/^[1-9]\d{0,9}$/.test(text)) return undefined;
  const id = Number(text);
  return isId(id) ? id : undefined;
}

export const idSchema = z.coerce.number().int().positive().max(MAX_ID);
export const byIdSchema = z.object({ id: idSchema });
export const byIdsSchema = z.object({ ids: z.array(idSchema).max(500) });

/** A row version for optimistic concurrency: stored in the same integer range as ids. */
export const versionSchema = z.number().int().min(1).max(MAX_ID);
