import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * Beyond this many matches a list's total is not counted (the count would read every
 * match: two seconds for a common surname across the country) but reported as "more
 * than COUNT_CAP"; the exact number is a separate request.
 */
export const COUNT_CAP = 1000;

export interface ListTotal {
  /** The number of matching rows, or COUNT_CAP when `moreThanTotal`. */
  total: number;
  /** More rows match than `total`: they were counted only up to COUNT_CAP. */
  moreThanTotal?: true;
}

/** A scalar subquery: how many rows `matches` selects, counted up to `cap` + 1. */
export function cappedCount(matches: SQLWrapper, cap = COUNT_CAP): SQL {
  return sql`(select count(*)::int from (${matches} limit ${cap + 1}) capped)`;
}
