import type { DateFieldProps } from 'react-admin';
import { LocalDateField } from './LocalDateField';

// A calendar day travels as YYYY-MM-DD, which Date reads as UTC midnight: shown in UTC, it
// stays the same day in every time zone.
const utc = { timeZone: 'UTC' } as const;

/** A calendar day (deadline, opening date) in the interface language's format. */
export const DayField = (props: DateFieldProps) => <LocalDateField {...props} options={utc} />;

/** The same for a message: "1 September 2025" or "1 сентября 2025 г.". */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'long' }).format(date);
}
