import { localStorageStore } from 'react-admin';

export const locales = [
  { locale: 'ru', name: 'Русский' },
  { locale: 'en', name: 'English' },
] as const;
export type LocaleCode = (typeof locales)[number]['locale'];

const isLocale = (value: unknown): value is LocaleCode =>
  locales.some((entry) => entry.locale === value);

/** react-admin's store keeps the chosen locale (and list preferences) across visits. */
export const store = localStorageStore('1', 'cutover');

/** The user's last choice, else the browser's language if we have it, else Russian. */
export function initialLocale(): LocaleCode {
  const stored: unknown = store.getItem('locale');
  if (isLocale(stored)) return stored;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language.slice(0, 2);
  return isLocale(browser) ? browser : 'ru';
}

export function setDocumentLanguage(locale: string) {
  document.documentElement.lang = locale;
}
