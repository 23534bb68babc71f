import { z } from 'zod';

/**
 * A client's key for one create (one click): replays with the same key get the first answer
 * instead of a second record. Letters, digits, dashes and underscores (a UUID fits).
 */
export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);
