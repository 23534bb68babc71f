import { z } from 'zod';

/** Today in UTC as YYYY-MM-DD: days roll over at the same moment for every instance. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const asOfSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(value)), 'errors.invalid_date')
  .optional();

/** An "as of" date in the past, or null for the live picture. */
export function pastDateOrNull(asOf: string | undefined): string | null {
  return asOf && asOf < isoToday() ? asOf : null;
}
