import { z } from 'zod';
import { isoDateSchema } from './dates';
import { idSchema } from './ids';
import { jsonValueProblem } from './json-value';
import { isPrototypeKey, textSchema } from './text';

/** The longest span a "for N days" filter takes: a century, far past any record's age. */
export const MAX_INTERVAL_DAYS = 36_525;

/** A whole number of days from 1 to MAX_INTERVAL_DAYS (as a number or as its digits). */
export const dayIntervalSchema = z.coerce
  .number({ message: 'errors.invalid_days' })
  .int('errors.invalid_days')
  .min(1, 'errors.invalid_days')
  .max(MAX_INTERVAL_DAYS, 'errors.invalid_days');

/**
 * A field a list sorts by: a plain name (react-admin's `source`), never one of JavaScript's
 * own object keys. A name the resource cannot sort by falls back to its default order.
 */
export const sortFieldSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9_.]*$/, 'errors.invalid_sort')
  .refine((field) => !isPrototypeKey(field), 'errors.invalid_sort');

/** How deep a filter value may nest (a list of choices is depth 1). */
export const MAX_FILTER_DEPTH = 4;
/** How large a saved filter may be, written as JSON. */
export const MAX_FILTER_CHARS = 4_000;

const filterValue = (maxChars: number) =>
  z.unknown().superRefine((value, ctx) => {
    const problem = jsonValueProblem(value, { maxDepth: MAX_FILTER_DEPTH, maxChars });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

// A cleared filter input arrives empty; it filters nothing, as before.
const cleared = z.union([z.literal(''), z.null()]);
const orCleared = <T extends z.ZodType>(schema: T) => z.union([cleared, schema]);
const filterText = orCleared(textSchema({ max: 200 }));
const filterId = orCleared(idSchema);
const filterDate = orCleared(isoDateSchema);
const choices = orCleared(
  z.union([textSchema({ max: 64 }), z.array(textSchema({ max: 64 })).max(50)]),
);

/**
 * The one filter shape every list and bulk action reads. Keys the lists know are checked
 * by kind; any other key still gets a bounded, control-free JSON value, so nothing a query
 * reads can reach the database malformed.
 */
export const listFilterSchema = z
  .object({
    q: filterText,
    actor: filterText,
    action: filterText,
    entityType: filterText,
    entityId: orCleared(z.union([textSchema({ max: 200 }), idSchema])),
    withinId: filterId,
    orgUnitId: filterId,
    parentId: filterId,
    waveId: filterId,
    actorUserId: filterId,
    role: choices,
    status: choices,
    kind: choices,
    funnelStatus: choices,
    legacyPlatform: choices,
    from: filterDate,
    to: filterDate,
    inactiveForDays: orCleared(dayIntervalSchema),
  })
  .partial()
  .catchall(filterValue(MAX_FILTER_CHARS));
export type ListFilter = z.infer<typeof listFilterSchema>;

/** A filter kept for later: the list's own rules, and small as a whole. */
export const savedFilterSchema = listFilterSchema.refine(
  (filter) =>
    jsonValueProblem(filter, { maxDepth: MAX_FILTER_DEPTH + 1, maxChars: MAX_FILTER_CHARS }) !==
    'errors.too_large',
  'errors.too_large',
);
