import { z } from 'zod';
import { type IsoDate, isIsoDate } from '../adoption/days';

/**
 * The calendar the app accepts. Wide enough for any unit's history and any plan; narrow
 * enough that every date stays exact in JavaScript, in PostgreSQL and in date arithmetic
 * (year 0 does not exist in PostgreSQL, and year 9999 plus a day is no longer YYYY-MM-DD).
 */
export const EARLIEST_DATE: IsoDate = '1900-01-01';
export const LATEST_DATE: IsoDate = '2100-12-31';

/** Today in UTC as YYYY-MM-DD: days roll over at the same moment for every server and browser. */
export function isoToday(now = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

export function isDateInRange(value: IsoDate): boolean {
  return value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** A real calendar day written YYYY-MM-DD, from EARLIEST_DATE to LATEST_DATE. */
export const isoDateSchema = z.iso
  .date({ message: 'errors.invalid_date', abort: true })
  .refine(isIsoDate, { message: 'errors.invalid_date', abort: true })
  .refine(isDateInRange, 'errors.date_out_of_range');
