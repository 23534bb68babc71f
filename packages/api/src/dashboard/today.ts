import { isoToday } from '@cutover/domain';

/** An "as of" date in the past, or null for the live picture. */
export function pastDateOrNull(asOf: string | undefined): string | null {
  return asOf && asOf < isoToday() ? asOf : null;
}
