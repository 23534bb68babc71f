/** Locale-aware formatting of the dashboard's numbers, days and instants. */

// Building an Intl formatter costs far more than using one, and the first screen formats
// hundreds of cells and ticks: one per locale and options, kept for the page's life.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${JSON.stringify(options)}`;
  const known = dateFormats.get(key);
  if (known) return known;
  const format = new Intl.DateTimeFormat(locale, options);
  dateFormats.set(key, format);
  return format;
}
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  const key = `${locale} ${JSON.stringify(options)}`;
  const known = numberFormats.get(key);
  if (known) return known;
  const format = new Intl.NumberFormat(locale, options);
  numberFormats.set(key, format);
  return format;
}

/** A calendar day ('YYYY-MM-DD') in the reader's language; days are UTC, never shifted. */
export function formatDay(locale: string, day: string | null | undefined): string {
  if (!day) return '—';
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (computedAt, setAt) in the reader's language and time zone. */
export function formatInstant(locale: string, instant: Date): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}

/**
 * Timestamps arrive as Date (superjson) or, from raw SQL, as PostgreSQL text such as
 * '2026-11-26 15:19:36.727+00'; both become a Date, anything else null.
 */
export function toInstant(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const iso = value
    .trim()
    .replace(' ', 'T')
    .replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A month for chart ticks: 'Sep 2026', 'сент. 2026' (no trailing 'г.', no ambiguous 2-digit year). */
export function formatMonth(locale: string, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const parts = dateFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('month')} ${part('year')}`;
}

export function formatCount(locale: string, value: number): string {
  return numberFormat(locale).format(value);
}

/** 0..100 as a percentage with at most one decimal ('97.7%', '97,7 %'); null as a dash. */
export function formatPercent(locale: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

export type Direction = 'up' | 'down' | 'flat';

/** Changes smaller than what one decimal shows count as no change. */
export function deltaDirection(points: number): Direction {
  if (points >= 0.05) return 'up';
  if (points <= -0.05) return 'down';
  return 'flat';
}

/** The size of a change in percentage points, unsigned (the arrow carries the sign). */
export function formatPoints(locale: string, points: number): string {
  return numberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.abs(points));
}
