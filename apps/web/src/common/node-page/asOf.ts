import { isIsoDate, isoToday } from '@cutover/domain';

/** A usable "as of" day: a valid date before today (today and later are the live view). */
export function pastDay(value: string | null | undefined, today = isoToday()): string | undefined {
  return value && isIsoDate(value) && value < today ? value : undefined;
}

/** No figures predate this; a typed year passes through 0002, 0020, 0202 on its way to 2026. */
export const EARLIEST_DAY = '2000-01-01';

/**
 * What a change of the date field means: a past day to show, live figures (cleared, or
 * today and later), or nothing yet (a date still being typed, or before any figures).
 */
export function asOfChoice(
  text: string,
  today = isoToday(),
  earliest = EARLIEST_DAY,
): { asOf: string | undefined } | null {
  if (text === '') return { asOf: undefined };
  if (!isIsoDate(text) || text < earliest) return null;
  return { asOf: pastDay(text, today) };
}
