import { isIsoDate } from '@cutover/domain';

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A typed day as YYYY-MM-DD, or null while it is not a whole, real one. Both spellings are
 * read in either language (ДД.ММ.ГГГГ and YYYY-MM-DD), so a pasted date always works.
 */
export function parseDayText(text: string): string | null {
  const trimmed = text.trim();
  let day: string | null = null;
  if (iso.test(trimmed)) day = trimmed;
  else {
    const match = dotted.exec(trimmed);
    if (match) {
      const [, dd = '', mm = '', yyyy = ''] = match;
      day = `${yyyy}-${mm.padStart(2, '0')}-${dd.padStart(2, '0')}`;
    }
  }
  return day && isIsoDate(day) ? day : null;
}

/** How the day field spells a YYYY-MM-DD day in the interface language. */
export function formatDayText(day: string, locale: string): string {
  const match = iso.exec(day);
  if (!match || locale !== 'ru') return day;
  const [, yyyy, mm, dd] = match;
  return `${dd}.${mm}.${yyyy}`;
}
