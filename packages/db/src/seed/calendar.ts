/** Days are whole UTC days counted from 1970-01-01, so date arithmetic is integer arithmetic. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(iso: string): Day {
  if (!ISO_DAY.test(iso)) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new Error(`not a valid date: ${iso}`);
  }
  return Math.floor(ms / MS_PER_DAY);
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayOfDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** An instant on `day`, `minuteOfDay` minutes after midnight UTC, as an ISO timestamp. */
export function formatInstant(day: Day, minuteOfDay: number): string {
  return new Date(day * MS_PER_DAY + Math.round(minuteOfDay) * 60_000).toISOString();
}
